package org.liandong.web.statistics;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.IntStream;
import org.liandong.model.reference.ReferenceData;
import org.liandong.web.api.Named;
import org.liandong.web.api.YearStatistics;
import org.liandong.web.layout.Chart;
import org.liandong.web.layout.Chart.Bar;

/**
 * The statistics page's charts of one chosen figure, as JSON for the page's script ({@code
 * charts.js}): bars by region and by campaign, and every region as a tile on a fixed grid, coloured
 * by the figure. Each bar and tile opens the reports behind it.
 */
record StatisticsCharts(String figure, String byRegion, String byCampaign, String tiles) {

  record Tile(String label, BigDecimal value, int row, int column, String link) {}

  record Tiles(String figure, List<String> rows, List<String> columns, List<Tile> tiles) {}

  static StatisticsCharts of(YearStatistics year, String figure, SourceLinks links, Locale locale) {
    List<Bar> regions =
        year.byRegion().stream()
            .map(
                r ->
                    new Bar(
                        r.region().label(locale),
                        r.total(figure),
                        links.of(figure, "region", r.region().code())))
            .toList();
    List<Bar> campaigns =
        year.byCampaign().stream()
            .map(
                c ->
                    new Bar(
                        c.name(),
                        c.totals().getOrDefault(figure, BigDecimal.ZERO),
                        links.of(figure, "campaign", c.campaignId())))
            .toList();
    return new StatisticsCharts(
        figure,
        Chart.bars(figure, regions).json(),
        Chart.bars(figure, campaigns).json(),
        Chart.json(tiles(year, figure, links, locale)));
  }

  /** Every region of the reference data that has a place on the grid, with its figure or zero. */
  private static Tiles tiles(YearStatistics year, String figure, SourceLinks links, Locale locale) {
    Map<String, BigDecimal> byRegion = new HashMap<>();
    year.byRegion().forEach(r -> byRegion.put(r.region().code(), r.total(figure)));
    List<Tile> tiles =
        ReferenceData.instance().regions().stream()
            .filter(region -> RegionGrid.place(region.code()) != null)
            .map(
                region -> {
                  int[] place = RegionGrid.place(region.code());
                  BigDecimal value = byRegion.getOrDefault(region.code(), BigDecimal.ZERO);
                  return new Tile(
                      new Named(region.code(), region.nameZh(), region.nameEn()).label(locale),
                      value,
                      place[0],
                      place[1],
                      value.signum() == 0 ? null : links.of(figure, "region", region.code()));
                })
            .toList();
    return new Tiles(figure, numbers(RegionGrid.ROWS), numbers(RegionGrid.COLUMNS), tiles);
  }

  private static List<String> numbers(int count) {
    return IntStream.range(0, count).mapToObj(String::valueOf).toList();
  }
}
