// Draws each [data-chart] element's bars with ECharts, again after htmx swaps in fresh figures.
// A bar opens the reports behind it. What to draw is decided on the server (Charts.java).
(function () {
  function draw() {
    document.querySelectorAll("[data-chart]").forEach(function (element) {
      var chart = JSON.parse(element.getAttribute("data-chart"));
      var drawn = echarts.init(element, null, { renderer: "svg" });
      drawn.setOption({
        animation: false,
        grid: { left: 8, right: 8, top: 8, bottom: 8, containLabel: true },
        tooltip: {},
        xAxis: { type: "category", data: chart.bars.map(function (b) { return b.label; }),
                 axisLabel: { interval: 0, rotate: 30 } },
        yAxis: { type: "value", minInterval: 1 },
        series: [{ type: "bar", data: chart.bars.map(function (b) { return b.value; }) }]
      });
      drawn.on("click", function (event) {
        window.location.href = chart.bars[event.dataIndex].link;
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
