package org.liandong.query.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.liandong.query.InMemoryMongo.launched;
import static org.liandong.query.InMemoryMongo.raid;
import static org.liandong.query.InMemoryMongo.seizure;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.liandong.model.campaign.Figure;
import org.liandong.model.campaign.ReportHeader;
import org.liandong.model.campaign.WebsiteClosure;
import org.liandong.model.campaign.WebsitesClosed;
import org.liandong.model.code.DepartmentCode;
import org.liandong.model.envelope.EventEnvelope;
import org.liandong.model.id.CampaignId;
import org.liandong.model.id.ReportId;
import org.liandong.query.InMemoryMongo;
import org.liandong.query.cases.CaseFiles;
import org.liandong.query.reports.ReportLedger;
import org.liandong.query.reports.ReportLedgerProjection;
import org.liandong.query.web.InvalidParameterException;

@DisplayName("Statistics by year across campaigns")
class StatisticsProjectionTest {

  private final InMemoryMongo mongo = new InMemoryMongo();
  private final InMemoryMongo.Fed projection = mongo.fed(new StatisticsProjection());
  private final YearFigures figures =
      new YearFigures(
          mongo.views(),
          new ReportLedger(mongo.views()),
          new CaseFiles(mongo.views()),
          mongo.summaries());
  private final StatisticsController controller = new StatisticsController(figures, mongo.scope());

  @AfterEach
  void close() {
    mongo.close();
  }

  @Test
  @DisplayName("two campaigns' reports add up in their year, each counted once however delivered")
  void acrossCampaigns() {
    List<EventEnvelope> history =
        List.of(
            launched("STAT-A-2020", "SAMR", "MPS"),
            raid("STAT-A-2020", 1, "MPS", 3),
            launched("STAT-B-2020", "MPS"),
            raid("STAT-B-2020", 1, "MPS", 2),
            seizure("STAT-B-2020", 2, "MPS", "5", "70"));
    history.forEach(projection::apply);
    history.forEach(projection::apply);

    var year = controller.year(2020, InMemoryMongo.OFFICE);
    assertThat(year.totals().reports()).isEqualTo(3);
    assertThat(year.totals().count(Figure.SITES_RAIDED)).isEqualTo(5);
    assertThat(year.totals().amount(Figure.GOODS_VALUE_CNY)).isEqualByComparingTo("70");
    assertThat(year.byRegion()).extracting(e -> e.region().code()).containsExactly("33", "44");
    assertThat(controller.year(2019, InMemoryMongo.OFFICE).totals().reports()).isZero();
  }

  @Test
  @DisplayName("as of a past moment, the year's figures leave out what was recorded later")
  void asOf() {
    InMemoryMongo.Fed ledger = mongo.fed(new ReportLedgerProjection());
    List<EventEnvelope> history =
        List.of(
            launched("STAT-C-2020", "MPS"),
            raid("STAT-C-2020", 1, "MPS", 3),
            seizure("STAT-C-2020", 2, "MPS", "5", "70"));
    history.forEach(projection::apply);
    history.forEach(ledger::apply);
    Instant recorded = history.get(2).storedAt();

    var now = controller.asOf(2020, null, InMemoryMongo.OFFICE);
    assertThat(now.totals()).isEqualTo(controller.year(2020, InMemoryMongo.OFFICE).totals());
    assertThat(now.byCategory())
        .isEqualTo(controller.year(2020, InMemoryMongo.OFFICE).byCategory());
    assertThat(
            controller
                .asOf(2020, recorded.minusSeconds(1), InMemoryMongo.OFFICE)
                .totals()
                .reports())
        .isZero();
    assertThat(
            controller
                .asOf(2020, recorded, InMemoryMongo.OFFICE)
                .totals()
                .amount(Figure.GOODS_VALUE_CNY))
        .isEqualByComparingTo("70");
  }

  @Test
  @DisplayName(
      "a national figure counts in the totals and the national block, in no region, and by its"
          + " department and campaign")
  void nationalFigure() {
    List<EventEnvelope> history =
        List.of(
            launched("STAT-D-2020", "NCAC", "MPS"),
            raid("STAT-D-2020", 1, "MPS", 3),
            national("STAT-D-2020", 2, LocalDate.of(2020, 12, 31), 2_884));
    history.forEach(projection::apply);

    YearStatistics year = controller.year(2020, InMemoryMongo.OFFICE);

    assertThat(year.totals().count(Figure.WEBSITES_CLOSED)).isEqualTo(2_884);
    assertThat(year.national().count(Figure.WEBSITES_CLOSED)).isEqualTo(2_884);
    assertThat(year.byRegion())
        .allSatisfy(region -> assertThat(region.totals().count(Figure.WEBSITES_CLOSED)).isZero());
    assertThat(year.byRegion()).extracting(e -> e.region().code()).containsExactly("44");
    assertThat(year.byDepartment())
        .extracting(e -> e.department().code(), e -> e.totals().reports())
        .containsExactly(tuple("MPS", 1L), tuple("NCAC", 1L));
    assertThat(year.byCampaign())
        .extracting(YearStatistics.CampaignEntry::campaignId, e -> e.totals().reports())
        .containsExactly(tuple("STAT-D-2020", 2L));
  }

  @Test
  @DisplayName("year-on-year is computed where the year before has the figure, and only there")
  void yearOnYear() {
    List<EventEnvelope> history =
        List.of(
            launched("STAT-E-2019", "NCAC"),
            national("STAT-E-2019", 1, LocalDate.of(2019, 12, 31), 1_000),
            national("STAT-E-2019", 2, LocalDate.of(2020, 12, 31), 1_117));
    history.forEach(projection::apply);

    YearStatistics year = controller.year(2020, InMemoryMongo.OFFICE);

    assertThat(year.yearOnYear())
        .singleElement()
        .satisfies(
            change -> {
              assertThat(change.figure()).isEqualTo("websitesClosed");
              assertThat(change.changePercent()).isEqualByComparingTo("11.7");
            });
    assertThat(controller.year(2019, InMemoryMongo.OFFICE).yearOnYear()).isEmpty();
  }

  @Test
  @DisplayName("every figure opens into the reports behind it, which add up to it")
  void sources() {
    InMemoryMongo.Fed ledger = mongo.fed(new ReportLedgerProjection());
    List<EventEnvelope> history =
        List.of(
            launched("STAT-F-2020", "NCAC", "MPS"),
            raid("STAT-F-2020", 1, "MPS", 3),
            national("STAT-F-2020", 2, LocalDate.of(2020, 12, 31), 2_884));
    history.forEach(projection::apply);
    history.forEach(ledger::apply);

    FigureSources national =
        controller.reports(
            2020,
            new SourceFilter("websitesClosed", "national", null, null, null, null),
            null,
            InMemoryMongo.OFFICE);
    FigureSources raids =
        controller.reports(
            2020,
            new SourceFilter("sitesRaided", "44", "STAT-F-2020", "MPS", null, null),
            null,
            InMemoryMongo.OFFICE);

    assertThat(national.total()).isEqualByComparingTo("2884");
    assertThat(national.reports())
        .singleElement()
        .satisfies(source -> assertThat(source.region()).isNull());
    assertThat(raids.total()).isEqualByComparingTo("3");
    assertThat(raids.reports()).extracting(FigureSources.Source::reportId).containsExactly("R-1");
    assertThatThrownBy(
            () ->
                controller.reports(
                    2020,
                    new SourceFilter("nothing", null, null, null, null, null),
                    null,
                    InMemoryMongo.OFFICE))
        .isInstanceOf(InvalidParameterException.class);
  }

  /** A copyright authority's national total of websites closed, reported for no region. */
  private static EventEnvelope national(
      String campaign, long sequence, LocalDate occurredOn, int websites) {
    return InMemoryMongo.envelope(
        sequence,
        new WebsitesClosed(
            new CampaignId(campaign),
            new ReportId("N-" + sequence),
            new ReportHeader(
                new DepartmentCode("NCAC"), null, occurredOn, "ncac", Set.of(), "national total"),
            new WebsiteClosure(websites),
            false));
  }
}
