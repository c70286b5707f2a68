package org.liandong.query.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.liandong.query.InMemoryMongo.launched;
import static org.liandong.query.InMemoryMongo.raid;
import static org.liandong.query.InMemoryMongo.seizure;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.liandong.model.campaign.Figure;
import org.liandong.model.envelope.EventEnvelope;
import org.liandong.query.InMemoryMongo;
import org.liandong.query.cases.CaseFiles;
import org.liandong.query.reports.ReportLedger;
import org.liandong.query.reports.ReportLedgerProjection;

@DisplayName("Statistics by year across campaigns")
class StatisticsProjectionTest {

  private final InMemoryMongo mongo = new InMemoryMongo();
  private final InMemoryMongo.Fed projection = mongo.fed(new StatisticsProjection());
  private final StatisticsController controller =
      new StatisticsController(
          mongo.views(),
          new ReportLedger(mongo.views()),
          new CaseFiles(mongo.views()),
          mongo.scope(),
          projection -> InMemoryMongo.COMPLETE);

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
}
