package org.liandong.web.statistics;

import jakarta.servlet.http.HttpServletResponse;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.liandong.model.campaign.BusinessCalendar;
import org.liandong.web.api.CampaignSummary;
import org.liandong.web.api.Downloads;
import org.liandong.web.api.QueryApi;
import org.liandong.web.api.StatisticsApi;
import org.liandong.web.api.YearStatistics;
import org.liandong.web.signin.SignedInUser;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The statistics of a year across campaigns, for every signed-in user: totals with the national
 * figures, each breakdown as a table, charts of a chosen figure by region and campaign, year on
 * year, case transfers; every figure opens the reports behind it, within what the reader may see.
 */
@Controller
class StatisticsPages {

  private final StatisticsApi statistics;
  private final QueryApi queries;
  private final Downloads downloads;
  private final MessageSource messages;

  StatisticsPages(
      StatisticsApi statistics, QueryApi queries, Downloads downloads, MessageSource messages) {
    this.statistics = statistics;
    this.queries = queries;
    this.downloads = downloads;
    this.messages = messages;
  }

  /**
   * The latest year a campaign the user sees started in; this year when there is none, or for a
   * provincial office, which reads no campaign.
   */
  @GetMapping("/statistics")
  String latest(SignedInUser user) {
    List<CampaignSummary> campaigns =
        user != null && user.readsCampaigns() ? queries.campaigns() : List.of();
    int year =
        campaigns.stream()
            .map(CampaignSummary::startsOn)
            .filter(Objects::nonNull)
            .mapToInt(LocalDate::getYear)
            .max()
            // The users' offices are in China: "this year" is China's.
            .orElse(LocalDate.now(BusinessCalendar.ZONE).getYear());
    return "redirect:/statistics/" + year;
  }

  @GetMapping("/statistics/{year}")
  String year(
      @PathVariable int year,
      @RequestParam(required = false) String figure,
      Model model,
      Locale locale) {
    YearStatistics figures = statistics.year(year);
    SourceLinks links = SourceLinks.now(year);
    String chosen = figure == null || figure.isBlank() ? busiestInRegions(figures) : figure;
    model.addAttribute("year", year);
    model.addAttribute("figures", YearView.of(figures, links, messages, locale));
    model.addAttribute("charts", StatisticsCharts.of(figures, chosen, links, locale));
    model.addAttribute("choices", FigureTable.fields());
    return "statistics/year";
  }

  /** The reports behind one figure, in the breakdown it was read in. */
  @GetMapping("/statistics/{year}/reports")
  String sources(@PathVariable int year, @RequestParam Map<String, String> query, Model model) {
    Map<String, String> filters = new LinkedHashMap<>();
    filters.put("figure", query.getOrDefault("figure", ""));
    SourceLinks.FILTERS.stream()
        .filter(name -> query.get(name) != null && !query.get(name).isBlank())
        .forEach(name -> filters.put(name, query.get(name)));
    model.addAttribute("year", year);
    model.addAttribute("filters", filters);
    model.addAttribute("sources", statistics.sources(year, filters));
    model.addAttribute("decimals", FigureTable.decimals(filters.get("figure")));
    return "statistics/sources";
  }

  /** The year's tables as a spreadsheet ({@code csv} or {@code xlsx}), made by the query side. */
  @GetMapping("/statistics/{year}/download")
  void download(@PathVariable int year, @RequestParam String format, HttpServletResponse response) {
    downloads.spreadsheet("/statistics/{year}", format, response, year);
  }

  /** The figure most regions have, so that the charts show something on arrival. */
  static String busiestInRegions(YearStatistics year) {
    List<String> fields = FigureTable.fields();
    return fields.stream()
        .max(
            Comparator.comparingLong(
                (String figure) ->
                    year.byRegion().stream().filter(r -> r.total(figure).signum() != 0).count()))
        .orElse(fields.get(0));
  }
}
