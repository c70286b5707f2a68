// Draws each [data-chart] element with ECharts, again after htmx swaps in fresh figures: bars,
// a line over time, bars in per cent, or tiles on a fixed grid (the regions). A bar, point or tile
// with a link opens the reports behind it. What to draw is decided on the server (Chart.java; the
// tiles in StatisticsCharts.java).
(function () {
  function bars(chart) {
    var percent = chart.kind === "percent";
    return {
      xAxis: { type: "category", data: chart.bars.map(function (b) { return b.label; }),
               axisLabel: { interval: 0, rotate: 30 } },
      yAxis: percent ? { type: "value", max: function (v) { return Math.max(100, v.max); } }
                     : { type: "value", minInterval: 1 },
      series: [{ type: chart.kind === "line" ? "line" : "bar",
                 data: chart.bars.map(function (b) { return b.value; }),
                 label: { show: percent, position: "top", formatter: "{c}%" } }]
    };
  }
  function tiles(chart) {
    var values = chart.tiles.map(function (t) { return t.value; });
    return {
      xAxis: { type: "category", show: false, data: chart.columns },
      yAxis: { type: "category", show: false, inverse: true, data: chart.rows },
      visualMap: { show: false, min: 0, max: Math.max.apply(null, values.concat([1])),
                   inRange: { color: ["#f1f5f9", "#9b1c1c"] } },
      series: [{ type: "heatmap",
                 label: { show: true, formatter: "{b}", fontSize: 10, overflow: "truncate", width: 56 },
                 data: chart.tiles.map(function (t) {
                   return { name: t.label, value: [t.column, t.row, t.value] };
                 }) }]
    };
  }
  // Draws the charts not drawn yet: the page's at first, then those htmx swapped in.
  function draw() {
    document.querySelectorAll("[data-chart]").forEach(function (element) {
      if (echarts.getInstanceByDom(element)) {
        return;
      }
      var chart = JSON.parse(element.getAttribute("data-chart"));
      var shown = chart.tiles ? chart.tiles : chart.bars;
      var option = chart.tiles ? tiles(chart) : bars(chart);
      option.animation = false;
      option.tooltip = {};
      option.grid = { left: 8, right: 8, top: 16, bottom: 8, containLabel: true };
      var drawn = echarts.init(element, null, { renderer: "svg" });
      drawn.setOption(option);
      drawn.on("click", function (event) {
        var link = shown[event.dataIndex].link;
        if (link) {
          window.location.href = link;
        }
      });
    });
  }
  // The charts about to be swapped out are let go, or each poll would keep the old ones alive.
  function release(event) {
    event.detail.target.querySelectorAll("[data-chart]").forEach(function (element) {
      var chart = echarts.getInstanceByDom(element);
      if (chart) {
        chart.dispose();
      }
    });
  }
  document.addEventListener("DOMContentLoaded", draw);
  document.addEventListener("htmx:beforeSwap", release);
  document.addEventListener("htmx:afterSwap", draw);
})();
