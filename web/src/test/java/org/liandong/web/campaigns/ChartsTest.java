package org.liandong.web.campaigns;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.liandong.web.api.CampaignSummary;
import org.liandong.web.api.Named;

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
          null,
          null,
          null,
          null,
          null,
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
          null);

  @Test
  @DisplayName("name each bar in the page's language and open the reports behind it")
  void barsOpenTheirReports() throws Exception {
    Charts charts = Charts.of(campaign, Locale.SIMPLIFIED_CHINESE);
    JsonNode department = JSON.readTree(charts.byDepartment()).path("bars").get(0);
    assertThat(department.path("label").asText()).isEqualTo("海关总署");
    assertThat(department.path("value").decimalValue()).isEqualByComparingTo("3");
    assertThat(department.path("link").asText())
        .isEqualTo("/campaigns/BLUE-NET-2020/reports?department=GACC");
    JsonNode region = JSON.readTree(Charts.of(campaign, Locale.ENGLISH).byRegion()).path("bars");
    assertThat(region.get(0).path("label").asText()).isEqualTo("Shanghai");
    assertThat(region.get(0).path("link").asText()).endsWith("?region=31");
    JsonNode category = JSON.readTree(charts.byCategory()).path("bars").get(0);
    assertThat(category.path("value").decimalValue()).isEqualByComparingTo("2");
    assertThat(category.path("link").asText()).endsWith("?category=BAGS_LUXURY");
  }
}
