package org.liandong.query.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.liandong.query.InMemoryMongo.seizure;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.liandong.model.campaign.CampaignEvent;
import org.liandong.model.campaign.Figure;
import org.liandong.model.campaign.GoodsSeized;
import org.liandong.model.campaign.GoodsSeizure;
import org.liandong.model.campaign.ReportCorrected;
import org.liandong.model.campaign.ReportHeader;
import org.liandong.model.campaign.ReportRetracted;
import org.liandong.model.code.Money;
import org.liandong.model.code.Quantity;
import org.liandong.model.code.UnitCode;
import org.liandong.model.envelope.EventEnvelope;
import org.liandong.model.id.CampaignId;
import org.liandong.query.InMemoryMongo;
import org.liandong.query.campaign.CampaignSummaryProjection;

@DisplayName("A campaign's figures as they stood at a past moment")
class CampaignAsOfTest {

  private static final CampaignId ASOF = new CampaignId("ASOF-2020");

  private final InMemoryMongo mongo = new InMemoryMongo();

  @AfterEach
  void close() {
    mongo.close();
  }

  private static EventEnvelope at(String instant, long sequence, CampaignEvent event) {
    return new EventEnvelope("e-" + sequence, sequence, Instant.parse(instant), "1", event, null);
  }

  @Test
  @DisplayName("a correction and a retraction count only from when they were recorded")
  void asOf() {
    GoodsSeized original = (GoodsSeized) seizure("ASOF-2020", 1, "MPS", "10", "100").event();
    GoodsSeized fixed =
        new GoodsSeized(
            original.campaignId(),
            original.reportId(),
            new ReportHeader(
                original.department(),
                original.region(),
                LocalDate.of(2020, 8, 15),
                original.reportedBy(),
                Set.of(),
                null),
            new GoodsSeizure(
                original.details().category(),
                new Quantity(new BigDecimal("8"), new UnitCode("kg")),
                new Money(new BigDecimal("80"))),
            false);
    mongo.fed(new CampaignSummaryProjection()).apply(InMemoryMongo.launched("ASOF-2020", "MPS"));
    InMemoryMongo.Fed projection = mongo.fed(new ReportLedgerProjection());
    projection.apply(at("2020-07-03T00:00:00Z", 1, original));
    projection.apply(
        at(
            "2020-09-01T00:00:00Z",
            2,
            new ReportCorrected(
                original.campaignId(), original.reportId(), 2, "recount", original, fixed)));
    projection.apply(
        at(
            "2020-10-01T00:00:00Z",
            3,
            new ReportRetracted(original.campaignId(), original.reportId(), "genuine", fixed)));
    CampaignAsOfController controller =
        new CampaignAsOfController(new ReportLedger(mongo.views()), mongo.summaries());

    assertThat(
            controller
                .asOf(ASOF, Instant.parse("2020-07-01T00:00:00Z"), null, null, InMemoryMongo.OFFICE)
                .totals()
                .reports())
        .isZero();
    assertThat(
            controller
                .asOf(ASOF, Instant.parse("2020-08-01T00:00:00Z"), null, null, InMemoryMongo.OFFICE)
                .totals()
                .amount(Figure.GOODS_VALUE_CNY))
        .isEqualByComparingTo("100");
    var corrected =
        controller.asOf(
            ASOF, Instant.parse("2020-09-15T00:00:00Z"), null, null, InMemoryMongo.OFFICE);
    assertThat(corrected.totals().amount(Figure.GOODS_VALUE_CNY)).isEqualByComparingTo("80");
    assertThat(
            controller
                .asOf(
                    ASOF,
                    Instant.parse("2020-09-15T00:00:00Z"),
                    LocalDate.of(2020, 7, 1),
                    LocalDate.of(2020, 7, 31),
                    InMemoryMongo.OFFICE)
                .totals()
                .reports())
        .isZero();
    assertThat(
            controller
                .asOf(ASOF, Instant.parse("2020-10-15T00:00:00Z"), null, null, InMemoryMongo.OFFICE)
                .totals()
                .reports())
        .isZero();
  }
}
