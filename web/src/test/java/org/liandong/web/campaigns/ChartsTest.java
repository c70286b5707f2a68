package org.liandong.web.campaigns;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.liandong.web.api.CampaignSummary;
import org.liandong.web.api.Named;
import org.springframework.context.support.StaticMessageSource;

@DisplayName("A dashboard's charts")
class ChartsTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final CampaignSummary campaign =
      new CampaignSummary(
          "BLUE-NET-2020",
          "Blue Net 2020",
          "IMPORT_EXPORT",
          "CRACKDOWN",
          null,
          List.of(),
          List.of(),
          null,
          null,
          List.of(),
          null,
          Map.of(),
          List.of(
              new CampaignSummary.DepartmentTotals(
                  new Named("GACC", "海关总署", "General Administration of Customs"),
                  Map.of("reports", new BigDecimal(3)))),
          List.of(
              new CampaignSummary.RegionTotals(
                  new Named("31", "上海市", "Shanghai"), Map.of("reports", BigDecimal.ONE))),
          List.of(
              new CampaignSummary.CategoryTotals(
                  new Named("BAGS_LUXURY", "箱包", "Bags"), new BigDecimal(2), null)),
          List.of(new CampaignSummary.WeekTotals("2020-W21", Map.of("reports", new BigDecimal(2)))),
          List.of(
              new CampaignSummary.TargetProgress(
                  "SITES_RAIDED", new BigDecimal(10), new BigDecimal(4), new BigDecimal("40.0"))),
          null);

  private final StaticMessageSource messages = new StaticMessageSource();

  {
    messages.addMessage("figure.sitesRaided", Locale.SIMPLIFIED_CHINESE, "查处场所数");
    messages.addMessage("dashboard.completionRate", Locale.SIMPLIFIED_CHINESE, "完成率");
    messages.addMessage("dashboard.onTimeRate", Locale.SIMPLIFIED_CHINESE, "按时完成率");
  }

  @Test
  @DisplayName("name each bar in the page's language and open the reports behind it")
  void barsOpenTheirReports() throws Exception {
    Charts charts = Charts.of(campaign, messages, Locale.SIMPLIFIED_CHINESE);
    JsonNode department = JSON.readTree(charts.byDepartment()).path("bars").get(0);
    assertThat(department.path("label").asText()).isEqualTo("海关总署");
    assertThat(department.path("value").decimalValue()).isEqualByComparingTo("3");
    assertThat(department.path("link").asText())
        .isEqualTo("/campaigns/BLUE-NET-2020/reports?department=GACC");
    JsonNode region =
        JSON.readTree(Charts.of(campaign, messages, Locale.ENGLISH).byRegion()).path("bars");
    assertThat(region.get(0).path("label").asText()).isEqualTo("Shanghai");
    assertThat(region.get(0).path("link").asText()).endsWith("?region=31");
    JsonNode category = JSON.readTree(charts.byCategory()).path("bars").get(0);
    assertThat(category.path("value").decimalValue()).isEqualByComparingTo("2");
    assertThat(category.path("link").asText()).endsWith("?category=BAGS_LUXURY");
  }

  @Test
  @DisplayName("a week's point opens the reports of the days of its week, Monday to Sunday")
  void weeksOpenTheirDays() throws Exception {
    JsonNode week =
        JSON.readTree(Charts.of(campaign, messages, Locale.SIMPLIFIED_CHINESE).byWeek());
    assertThat(week.path("kind").asText()).isEqualTo("line");
    JsonNode point = week.path("bars").get(0);
    assertThat(point.path("label").asText()).isEqualTo("2020-W21");
    assertThat(point.path("value").decimalValue()).isEqualByComparingTo("2");
    assertThat(point.path("link").asText())
        .isEqualTo(
            "/campaigns/BLUE-NET-2020/reports?occurredFrom=2020-05-18&occurredTo=2020-05-24");
    CampaignSummary gap =
        new CampaignSummary(
            "BLUE-NET-2020",
            "Blue Net 2020",
            "IMPORT_EXPORT",
            "CRACKDOWN",
            null,
            List.of(),
            List.of(),
            null,
            null,
            List.of(),
            null,
            Map.of(),
            List.of(),
            List.of(),
            List.of(),
            List.of(
                new CampaignSummary.WeekTotals("2020-W53", Map.of("reports", BigDecimal.ONE)),
                new CampaignSummary.WeekTotals("2021-W02", Map.of("reports", BigDecimal.TEN))),
            List.of(),
            null);
    JsonNode weeks =
        JSON.readTree(Charts.of(gap, messages, Locale.SIMPLIFIED_CHINESE).byWeek()).path("bars");
    assertThat(weeks.findValuesAsText("label"))
        .as("the weeks without reports between drawn as none")
        .containsExactly("2020-W53", "2021-W01", "2021-W02");
    assertThat(weeks.get(1).path("value").decimalValue()).isZero();
    assertThat(weeks.get(1).path("link").asText())
        .endsWith("?occurredFrom=2021-01-04&occurredTo=2021-01-10");
    assertThat(Charts.monday("2021-W01")).contains(LocalDate.of(2021, 1, 4));
    assertThat(Charts.monday("2020-W53")).contains(LocalDate.of(2020, 12, 28));
    assertThat(Charts.monday("week 3")).isEmpty();
  }

  @Test
  @DisplayName(
      "a target shows the share reached, named in the page's language; tasks their rates, opening"
          + " nothing")
  void targetsAndTasks() throws Exception {
    Charts charts = Charts.of(campaign, messages, Locale.SIMPLIFIED_CHINESE);
    JsonNode target = JSON.readTree(charts.targets()).path("bars").get(0);
    assertThat(target.path("label").asText()).isEqualTo("查处场所数");
    assertThat(target.path("value").decimalValue()).isEqualByComparingTo("40");
    assertThat(target.path("link").isNull())
        .as("the campaign has no period: no year to read the figure in")
        .isTrue();
    assertThat(JSON.readTree(charts.tasks()).path("bars")).isEmpty();

    CampaignSummary withTasks =
        new CampaignSummary(
            "BLUE-NET-2020",
            "Blue Net 2020",
            "IMPORT_EXPORT",
            "CRACKDOWN",
            null,
            List.of(),
            List.of(),
            LocalDate.of(2020, 3, 1),
            LocalDate.of(2020, 12, 31),
            List.of(),
            new CampaignSummary.TaskCounts(4, 2, 1, new BigDecimal("50.0"), new BigDecimal("50.0")),
            Map.of(),
            List.of(),
            List.of(),
            List.of(),
            List.of(),
            campaign.targetsProgress(),
            null);
    Charts both = Charts.of(withTasks, messages, Locale.SIMPLIFIED_CHINESE);
    JsonNode rates = JSON.readTree(both.tasks()).path("bars");
    assertThat(rates).hasSize(2);
    assertThat(rates.get(0).path("label").asText()).isEqualTo("完成率");
    assertThat(rates.get(1).path("value").decimalValue()).isEqualByComparingTo("50");
    assertThat(rates.get(0).path("link").isNull()).isTrue();
    assertThat(JSON.readTree(both.targets()).path("bars").get(0).path("link").asText())
        .isEqualTo("/statistics/2020/reports?figure=sitesRaided&campaign=BLUE-NET-2020");
  }
}
