package org.liandong.web.statistics;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.liandong.web.api.YearStatistics;
import org.liandong.web.statistics.FigureTable.Cell;
import org.liandong.web.statistics.FigureTable.Entry;
import org.springframework.context.MessageSource;

/**
 * A year's figures as the statistics page and a release's page show them: the totals with the
 * national figures, each breakdown as a table, the year on year changes; every figure a link to the
 * reports behind it.
 */
public record YearView(
    YearStatistics statistics,
    List<TotalRow> totals,
    FigureTable byRegion,
    FigureTable byCampaign,
    FigureTable byDepartment,
    FigureTable byRight,
    FigureTable byCategory,
    List<ChangeRow> yearOnYear) {

  /** A figure of the year: in total, and of it the national figures, reported for no region. */
  public record TotalRow(String figure, Cell total, Cell national) {}

  /** A figure against the year before; the current value opens its reports. */
  public record ChangeRow(String figure, BigDecimal previous, Cell current, BigDecimal percent) {}

  public static YearView of(
      YearStatistics year, SourceLinks links, MessageSource messages, Locale locale) {
    List<TotalRow> totals =
        FigureTable.fields().stream()
            .filter(
                figure ->
                    FigureTable.nonZero(year.totals(), figure)
                        || FigureTable.nonZero(year.national(), figure))
            .map(
                figure ->
                    new TotalRow(
                        figure,
                        Cell.of(figure, year.totals().get(figure), links.of(figure)),
                        Cell.of(
                            figure,
                            year.national().get(figure),
                            links.of(figure, "region", "national"))))
            .toList();
    List<ChangeRow> changes =
        year.yearOnYear().stream()
            .map(
                change ->
                    new ChangeRow(
                        change.figure(),
                        change.previous(),
                        Cell.of(change.figure(), change.current(), links.of(change.figure())),
                        change.changePercent()))
            .toList();
    return new YearView(
        year,
        totals,
        FigureTable.of(regions(year, locale), "region", links),
        FigureTable.of(campaigns(year), "campaign", links),
        FigureTable.of(departments(year, locale), "department", links),
        FigureTable.of(rights(year, messages, locale), "right", links),
        FigureTable.of(categories(year, locale), "category", links),
        changes);
  }

  private static List<Entry> regions(YearStatistics year, Locale locale) {
    return year.byRegion().stream()
        .map(r -> new Entry(r.region().code(), r.region().label(locale), r.totals()))
        .toList();
  }

  private static List<Entry> campaigns(YearStatistics year) {
    return year.byCampaign().stream()
        .map(c -> new Entry(c.campaignId(), c.name(), c.totals()))
        .toList();
  }

  private static List<Entry> departments(YearStatistics year, Locale locale) {
    return year.byDepartment().stream()
        .map(d -> new Entry(d.department().code(), d.department().label(locale), d.totals()))
        .toList();
  }

  private static List<Entry> rights(YearStatistics year, MessageSource messages, Locale locale) {
    return year.byRight().stream()
        .map(
            r ->
                new Entry(
                    r.right(),
                    messages.getMessage("right." + r.right(), null, r.right(), locale),
                    r.totals()))
        .toList();
  }

  /** Goods seized by category: the seizures and their value, the figures a category has. */
  private static List<Entry> categories(YearStatistics year, Locale locale) {
    return year.byCategory().stream()
        .map(
            c -> {
              Map<String, BigDecimal> totals = new LinkedHashMap<>();
              totals.put("seizures", c.seizures());
              totals.put("goodsValueCny", c.goodsValueCny());
              return new Entry(c.category().code(), c.category().label(locale), totals);
            })
        .toList();
  }
}
