package org.liandong.query.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.liandong.query.InMemoryMongo.envelope;
import static org.liandong.query.InMemoryMongo.launched;
import static org.liandong.query.InMemoryMongo.raid;
import static org.liandong.query.InMemoryMongo.seizure;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.liandong.model.campaign.GoodsSeized;
import org.liandong.model.campaign.GoodsSeizure;
import org.liandong.model.campaign.ReportCorrected;
import org.liandong.model.campaign.ReportHeader;
import org.liandong.model.campaign.ReportRetracted;
import org.liandong.model.code.DepartmentCode;
import org.liandong.model.code.Quantity;
import org.liandong.model.code.UnitCode;
import org.liandong.model.envelope.EventEnvelope;
import org.liandong.model.id.CampaignId;
import org.liandong.query.InMemoryMongo;
import org.liandong.query.campaign.CampaignSummaryProjection;

@DisplayName("Report ledger: the reports behind the figures")
class ReportLedgerProjectionTest {

  private static final CampaignId LEDGER = new CampaignId("LEDGER-2020");

  private final InMemoryMongo mongo = new InMemoryMongo();
  private final InMemoryMongo.Fed projection = mongo.fed(new ReportLedgerProjection());
  private final ReportLedgerController controller =
      new ReportLedgerController(mongo.views(), mongo.summaries(), mongo.scope());

  @AfterEach
  void close() {
    mongo.close();
  }

  private static ReportFilter filter(String region, String kind) {
    return new ReportFilter(region, kind, null, null, null, null, null, null, null);
  }

  @Test
  @DisplayName("lists reports by the figure's filters, with corrections, once however delivered")
  void ledger() {
    GoodsSeized original = (GoodsSeized) seizure("LEDGER-2020", 2, "MPS", "10", "100").event();
    GoodsSeized fixed =
        new GoodsSeized(
            original.campaignId(),
            original.reportId(),
            new ReportHeader(
                original.department(),
                original.region(),
                original.occurredOn(),
                original.reportedBy(),
                Set.of(),
                "recounted at the port"),
            new GoodsSeizure(
                original.details().category(),
                new Quantity(new BigDecimal("8"), new UnitCode("kg")),
                null),
            false);
    EventEnvelope correction =
        envelope(
            3,
            new ReportCorrected(
                original.campaignId(), original.reportId(), 2, "recount", original, fixed));
    List<EventEnvelope> history =
        List.of(
            launched("LEDGER-2020", "SAMR", "MPS"),
            raid("LEDGER-2020", 1, "MPS", 3),
            envelope(2, original),
            correction);
    history.forEach(projection::apply);
    history.forEach(projection::apply);
    mongo.fed(new CampaignSummaryProjection()).apply(history.get(0));

    var all = controller.campaignReports(LEDGER, null, filter(null, null), InMemoryMongo.OFFICE);
    assertThat(all.total()).isEqualTo(2);
    var seizures =
        controller.campaignReports(
            LEDGER, new DepartmentCode("MPS"), filter("33", "GoodsSeized"), InMemoryMongo.OFFICE);
    assertThat(seizures.items())
        .singleElement()
        .satisfies(
            report -> {
              assertThat(report.version()).isEqualTo(2);
              assertThat(report.corrections()).hasSize(1);
              assertThat(((Map<?, ?>) report.figures().get("quantity")).get("amount").toString())
                  .isEqualTo("8");
              assertThat(report.notes()).isEqualTo("recounted at the port");
              assertThat(report.figures()).doesNotContainKey("notes");
            });

    projection.apply(
        envelope(
            4, new ReportRetracted(original.campaignId(), original.reportId(), "genuine", fixed)));
    assertThat(
            controller
                .campaignReports(LEDGER, null, filter(null, null), InMemoryMongo.OFFICE)
                .total())
        .isEqualTo(1);
    assertThat(
            controller
                .campaignReports(
                    LEDGER,
                    null,
                    new ReportFilter(null, null, null, null, null, true, null, null, null),
                    InMemoryMongo.OFFICE)
                .total())
        .isEqualTo(2);
  }
}
