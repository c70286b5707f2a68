package org.liandong.web.campaigns;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.liandong.model.campaign.Figure;
import org.liandong.web.api.CampaignSummary;
import org.liandong.web.layout.Chart;
import org.liandong.web.layout.Chart.Bar;
import org.springframework.context.MessageSource;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The dashboard's charts as JSON for the page's script: per chart its kind, its bars' (or points')
 * labels, values and the reports each opens. The script only draws; what is drawn is decided here.
 */
record Charts(
    String byDepartment,
    String byRegion,
    String byCategory,
    String byWeek,
    String targets,
    String tasks) {

  /** An ISO week as the query side names it, {@code 2020-W21}. */
  private static final Pattern ISO_WEEK = Pattern.compile("(\\d{4})-W(\\d{2})");

  static Charts of(CampaignSummary campaign, MessageSource messages, Locale locale) {
    String ledger = ledgerOf(campaign.campaignId());
    List<Bar> departments =
        campaign.byDepartment().stream()
            .map(
                d ->
                    new Bar(
                        d.department().label(locale),
                        d.total("reports"),
                        link(ledger, "department", d.department().code())))
            .toList();
    List<Bar> regions =
        campaign.byRegion().stream()
            .map(
                r ->
                    new Bar(
                        r.region().label(locale),
                        r.total("reports"),
                        link(ledger, "region", r.region().code())))
            .toList();
    List<Bar> categories =
        campaign.byCategory().stream()
            .map(
                c ->
                    new Bar(
                        c.category().label(locale),
                        c.seizures() == null ? BigDecimal.ZERO : c.seizures(),
                        link(ledger, "category", c.category().code())))
            .toList();
    return new Charts(
        Chart.bars("reports", departments).json(),
        Chart.bars("reports", regions).json(),
        Chart.bars("seizures", categories).json(),
        new Chart("reports", "line", weeks(campaign, ledger)).json(),
        new Chart("percent", "percent", targets(campaign, messages, locale)).json(),
        new Chart("percent", "percent", tasks(campaign, messages, locale)).json());
  }

  /**
   * Reports per ISO week, from the first week with reports to the last, the weeks between with none
   * included; each point opens the reports of the days of its week.
   */
  private static List<Bar> weeks(CampaignSummary campaign, String ledger) {
    TreeMap<LocalDate, BigDecimal> byMonday = new TreeMap<>();
    campaign
        .byWeek()
        .forEach(
            week ->
                monday(week.week())
                    .ifPresent(monday -> byMonday.put(monday, week.total("reports"))));
    List<Bar> bars = new ArrayList<>();
    if (byMonday.isEmpty()) {
      return bars;
    }
    LocalDate last = byMonday.lastKey();
    for (LocalDate monday = byMonday.firstKey();
        !monday.isAfter(last);
        monday = monday.plusWeeks(1)) {
      String link =
          UriComponentsBuilder.fromPath(ledger)
              .queryParam("occurredFrom", monday)
              .queryParam("occurredTo", monday.plusDays(6))
              .toUriString();
      bars.add(new Bar(isoWeek(monday), byMonday.getOrDefault(monday, BigDecimal.ZERO), link));
    }
    return bars;
  }

  private static String isoWeek(LocalDate day) {
    return String.format(
        "%d-W%02d", day.get(IsoFields.WEEK_BASED_YEAR), day.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
  }

  static Optional<LocalDate> monday(String isoWeek) {
    Matcher week = ISO_WEEK.matcher(isoWeek == null ? "" : isoWeek);
    if (!week.matches()) {
      return Optional.empty();
    }
    return Optional.of(
        LocalDate.of(Integer.parseInt(week.group(1)), 1, 4)
            .with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, Long.parseLong(week.group(2)))
            .with(DayOfWeek.MONDAY));
  }

  /**
   * Each target, reached in per cent. The ledger cannot filter by figure; the statistics of a year
   * can, so a campaign within one year opens the reports behind the figure there.
   */
  private static List<Bar> targets(
      CampaignSummary campaign, MessageSource messages, Locale locale) {
    List<Bar> bars = new ArrayList<>();
    for (CampaignSummary.TargetProgress target : campaign.targetsProgress()) {
      String field = fieldOf(target.indicator());
      String label = messages.getMessage("figure." + field, null, field, locale);
      bars.add(new Bar(label, target.percent(), sourcesOf(campaign, field)));
    }
    return bars;
  }

  private static String sourcesOf(CampaignSummary campaign, String field) {
    if (campaign.startsOn() == null
        || campaign.endsOn() == null
        || campaign.startsOn().getYear() != campaign.endsOn().getYear()) {
      return null;
    }
    return UriComponentsBuilder.fromPath("/statistics/{year}/reports")
        .queryParam("figure", field)
        .queryParam("campaign", campaign.campaignId())
        .buildAndExpand(campaign.startsOn().getYear())
        .toUriString();
  }

  /**
   * The figure's field name ({@code sitesRaided}) of a target's indicator ({@code SITES_RAIDED}).
   */
  private static String fieldOf(String indicator) {
    return Arrays.stream(Figure.values())
        .filter(figure -> figure.name().equals(indicator))
        .map(Figure::field)
        .findFirst()
        .orElse(indicator);
  }

  /** The tasks' completion and on-time rates; tasks are no reports, so they open nothing. */
  private static List<Bar> tasks(CampaignSummary campaign, MessageSource messages, Locale locale) {
    CampaignSummary.TaskCounts tasks = campaign.tasks();
    if (tasks == null || tasks.completionRate() == null) {
      return List.of();
    }
    List<Bar> bars = new ArrayList<>();
    bars.add(bar(messages, locale, "dashboard.completionRate", tasks.completionRate()));
    if (tasks.onTimeRate() != null) {
      bars.add(bar(messages, locale, "dashboard.onTimeRate", tasks.onTimeRate()));
    }
    return bars;
  }

  private static Bar bar(MessageSource messages, Locale locale, String key, BigDecimal value) {
    return new Bar(messages.getMessage(key, null, locale), value, null);
  }

  static String ledgerOf(String campaignId) {
    return UriComponentsBuilder.fromPath("/campaigns/{id}/reports")
        .buildAndExpand(campaignId)
        .toUriString();
  }

  static String link(String ledger, String filter, String code) {
    return UriComponentsBuilder.fromPath(ledger).queryParam(filter, code).toUriString();
  }
}
