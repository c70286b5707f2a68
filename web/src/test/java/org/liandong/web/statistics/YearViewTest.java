package org.liandong.web.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.liandong.model.reference.ReferenceData;
import org.liandong.web.api.CampaignSummary;
import org.liandong.web.api.Named;
import org.liandong.web.api.YearStatistics;
import org.springframework.context.support.StaticMessageSource;

@DisplayName("A year's figures as the pages show them")
class YearViewTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final YearStatistics year =
      new YearStatistics(
          2020,
          Map.of(
              "websitesClosed", new BigDecimal(2884),
              "criminalCases", new BigDecimal(3),
              "goodsValueCny", new BigDecimal("1.50")),
          Map.of("websitesClosed", new BigDecimal(2884)),
          List.of(
              new CampaignSummary.RegionTotals(
                  new Named("33", "浙江省", "Zhejiang"),
                  Map.of("criminalCases", new BigDecimal(3), "websitesClosed", BigDecimal.ZERO))),
          List.of(
              new YearStatistics.CampaignTotals(
                  "SWORD-NET-2020", "Sword Net 2020", Map.of("websitesClosed", BigDecimal.TEN))),
          List.of(),
          List.of(),
          List.of(
              new YearStatistics.RightTotals("NOT_STATED", Map.of("casesFiled", BigDecimal.ONE))),
          List.of(
              new YearStatistics.Change(
                  "criminalCases", new BigDecimal(2), new BigDecimal(3), new BigDecimal("50.0"))),
          null,
          List.of());

  private final StaticMessageSource messages = new StaticMessageSource();

  @Test
  @DisplayName(
      "list the figures the year has, each total and national figure opening its reports, yuan"
          + " with two places")
  void totals() {
    YearView view = YearView.of(year, SourceLinks.now(2020), messages, Locale.ENGLISH);
    assertThat(view.totals())
        .extracting(YearView.TotalRow::figure)
        .containsExactly("criminalCases", "goodsValueCny", "websitesClosed");
    YearView.TotalRow websites = view.totals().get(2);
    assertThat(websites.total().link()).isEqualTo("/statistics/2020/reports?figure=websitesClosed");
    assertThat(websites.national().link())
        .isEqualTo("/statistics/2020/reports?figure=websitesClosed&region=national");
    YearView.TotalRow criminal = view.totals().get(0);
    assertThat(criminal.national().link()).as("zero opens nothing").isNull();
    assertThat(view.totals().get(1).total().decimals()).isEqualTo(2);
    assertThat(criminal.total().decimals()).isZero();
    assertThat(view.yearOnYear().get(0).current().link())
        .isEqualTo("/statistics/2020/reports?figure=criminalCases");
  }

  @Test
  @DisplayName(
      "a breakdown has a column for each figure some row has, each cell filtered by its row")
  void breakdowns() {
    YearView view = YearView.of(year, SourceLinks.now(2020), messages, Locale.ENGLISH);
    assertThat(view.byRegion().figures()).containsExactly("criminalCases");
    FigureTable.Row zhejiang = view.byRegion().rows().get(0);
    assertThat(zhejiang.label()).isEqualTo("Zhejiang");
    assertThat(zhejiang.cells().get(0).link())
        .isEqualTo("/statistics/2020/reports?figure=criminalCases&region=33");
    assertThat(view.byRight().rows().get(0).label())
        .as("no message: the code")
        .isEqualTo("NOT_STATED");
    assertThat(view.byDepartment().rows()).isEmpty();
  }

  @Test
  @DisplayName(
      "a release's figures open their reports as recorded by its cut-off, within its campaign")
  void releaseLinks() {
    SourceLinks links =
        SourceLinks.asOf(2020, Instant.parse("2021-04-26T02:00:00Z"), "SWORD-NET-2020");
    YearView view = YearView.of(year, links, messages, Locale.ENGLISH);
    assertThat(view.totals().get(2).national().link())
        .isEqualTo(
            "/statistics/2020/reports?figure=websitesClosed&region=national"
                + "&recordedBy=2021-04-26T02:00:00Z&campaign=SWORD-NET-2020");
    assertThat(view.byCampaign().rows().get(0).cells().get(0).link())
        .as("the campaign named once")
        .isEqualTo(
            "/statistics/2020/reports?figure=websitesClosed&campaign=SWORD-NET-2020"
                + "&recordedBy=2021-04-26T02:00:00Z");
  }

  @Test
  @DisplayName(
      "the charts: every region a tile on the grid, coloured by the chosen figure, the ones with"
          + " reports opening them")
  void charts() throws Exception {
    assertThat(StatisticsPages.busiestInRegions(year)).isEqualTo("criminalCases");
    StatisticsCharts charts =
        StatisticsCharts.of(
            year, "criminalCases", SourceLinks.now(2020), Locale.SIMPLIFIED_CHINESE);
    JsonNode tiles = JSON.readTree(charts.tiles()).path("tiles");
    assertThat(tiles).hasSize(ReferenceData.instance().regions().size()).hasSize(32);
    for (JsonNode tile : tiles) {
      if (tile.path("label").asText().equals("浙江省")) {
        assertThat(tile.path("value").decimalValue()).isEqualByComparingTo("3");
        assertThat(tile.path("link").asText()).endsWith("figure=criminalCases&region=33");
      } else {
        assertThat(tile.path("value").decimalValue()).isZero();
        assertThat(tile.path("link").isNull()).isTrue();
      }
    }
    assertThat(tiles.findValues("row").stream().map(row -> row.asInt()).distinct().count())
        .isGreaterThan(5);
    JsonNode campaign = JSON.readTree(charts.byCampaign()).path("bars").get(0);
    assertThat(campaign.path("link").asText())
        .endsWith("figure=criminalCases&campaign=SWORD-NET-2020");
  }

  @Test
  @DisplayName("no two regions share a tile")
  void tilesApart() {
    assertThat(
            ReferenceData.instance().regions().stream()
                .map(region -> RegionGrid.place(region.code()))
                .map(place -> place[0] * RegionGrid.COLUMNS + place[1])
                .distinct()
                .count())
        .isEqualTo(32);
  }
}
