package org.liandong.query.department;

import static org.assertj.core.api.Assertions.assertThat;
import static org.liandong.query.InMemoryMongo.launched;
import static org.liandong.query.InMemoryMongo.raid;
import static org.liandong.query.InMemoryMongo.seizure;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.liandong.model.campaign.DepartmentWithdrew;
import org.liandong.model.campaign.Figure;
import org.liandong.model.campaign.ReportCorrected;
import org.liandong.model.campaign.ReportHeader;
import org.liandong.model.campaign.SiteRaid;
import org.liandong.model.campaign.SiteRaided;
import org.liandong.model.code.DepartmentCode;
import org.liandong.model.envelope.EventEnvelope;
import org.liandong.model.id.CampaignId;
import org.liandong.model.reference.ReferenceData;
import org.liandong.query.InMemoryMongo;
import org.liandong.query.cases.CaseFiles;
import org.liandong.query.reports.ReportLedger;
import org.liandong.query.reports.ReportLedgerProjection;

@DisplayName("Department workspace projection")
class DepartmentWorkspaceProjectionTest {

  private final InMemoryMongo mongo = new InMemoryMongo();
  private final InMemoryMongo.Fed projection = mongo.fed(new DepartmentWorkspaceProjection());

  @AfterEach
  void close() {
    mongo.close();
  }

  private DepartmentWorkspaceView workspace(String code) {
    Document document =
        mongo
            .views()
            .collection(DepartmentWorkspaceProjection.NAME)
            .find(new Document("_id", code))
            .first();
    return DepartmentWorkspaceView.from(
        ReferenceData.instance().department(code).orElseThrow(),
        document,
        Map.of(),
        List.of(),
        InMemoryMongo.COMPLETE);
  }

  private void applyAll(List<EventEnvelope> envelopes) {
    envelopes.forEach(projection::apply);
  }

  @Test
  @DisplayName("every participating department gets the campaign, with its role")
  void launchReachesEveryDepartment() {
    projection.apply(launched("WS-2020", "SAMR", "MPS"));

    assertThat(workspace("SAMR").campaigns()).singleElement().extracting("role").isEqualTo("LEAD");
    assertThat(workspace("MPS").campaigns())
        .singleElement()
        .extracting("role")
        .isEqualTo("PARTICIPANT");
    assertThat(workspace("GACC").campaigns()).isEmpty();
  }

  @Test
  @DisplayName("reports add up by region and category, in the campaign and across campaigns")
  void reportsAddUp() {
    applyAll(
        List.of(
            launched("WS-2020", "SAMR", "MPS"),
            raid("WS-2020", 1, "MPS", 3),
            seizure("WS-2020", 2, "MPS", "12.5", "100.10"),
            seizure("WS-2020", 3, "MPS", "0.25", null),
            launched("WS-2021", "MPS"),
            raid("WS-2021", 1, "MPS", 2)));

    DepartmentWorkspaceView police = workspace("MPS");
    assertThat(police.totals().reports()).isEqualTo(4);
    assertThat(police.totals().count(Figure.SITES_RAIDED)).isEqualTo(5);
    assertThat(police.totals().count(Figure.SEIZURES)).isEqualTo(2);
    assertThat(police.totals().amount(Figure.GOODS_VALUE_CNY)).isEqualByComparingTo("100.10");
    assertThat(police.byCategory())
        .singleElement()
        .satisfies(
            apparel -> {
              assertThat(apparel.category().code()).isEqualTo("APPAREL");
              assertThat(apparel.quantities())
                  .singleElement()
                  .satisfies(q -> assertThat(q.amount()).isEqualByComparingTo("12.75"));
            });
    assertThat(police.byRegion()).extracting(e -> e.region().code()).containsExactly("33", "44");
    assertThat(police.campaigns()).extracting(c -> c.totals().reports()).containsExactly(3L, 1L);
    assertThat(workspace("SAMR").totals().reports()).isZero();
  }

  @Test
  @DisplayName("the same envelopes delivered again change nothing")
  void redeliveryChangesNothing() {
    List<EventEnvelope> history =
        List.of(
            launched("WS-2020", "SAMR", "MPS"),
            raid("WS-2020", 1, "MPS", 3),
            seizure("WS-2020", 2, "MPS", "5", "20"));
    applyAll(history);
    DepartmentWorkspaceView once = workspace("MPS");

    applyAll(history);
    projection.apply(history.get(1));

    assertThat(workspace("MPS")).isEqualTo(once);
  }

  @Test
  @DisplayName("a withdrawn department keeps its campaign and totals, with its role changed")
  void withdrawal() {
    applyAll(
        List.of(
            launched("WS-2020", "SAMR", "MPS"),
            raid("WS-2020", 1, "MPS", 3),
            InMemoryMongo.envelope(
                2,
                new DepartmentWithdrew(
                    new CampaignId("WS-2020"), new DepartmentCode("MPS"), "moved"))));

    DepartmentWorkspaceView police = workspace("MPS");
    assertThat(police.campaigns()).singleElement().extracting("role").isEqualTo("WITHDRAWN");
    assertThat(police.totals().count(Figure.SITES_RAIDED)).isEqualTo(3);
  }

  @Test
  @DisplayName("a correction that adds a co-operating department moves the joint totals")
  void correctionMovesJointTotals() {
    SiteRaided original = (SiteRaided) raid("WS-2020", 1, "MPS", 3).event();
    SiteRaided fixed =
        new SiteRaided(
            original.campaignId(),
            original.reportId(),
            new ReportHeader(
                original.department(),
                original.region(),
                original.occurredOn(),
                original.reportedBy(),
                Set.of(new DepartmentCode("SAMR")),
                null),
            new SiteRaid(4),
            false);
    applyAll(
        List.of(
            launched("WS-2020", "SAMR", "MPS"),
            InMemoryMongo.envelope(1, original),
            InMemoryMongo.envelope(
                2,
                new ReportCorrected(
                    original.campaignId(),
                    original.reportId(),
                    2,
                    "a joint raid",
                    original,
                    fixed))));

    assertThat(workspace("MPS").totals().count(Figure.SITES_RAIDED)).isEqualTo(4);
    assertThat(workspace("MPS").totals().reports()).isEqualTo(1);
    assertThat(workspace("SAMR").jointTotals().count(Figure.SITES_RAIDED)).isEqualTo(4);
    assertThat(workspace("SAMR").totals().reports()).isZero();
  }

  @Test
  @DisplayName("as of before a correction made it joint, the joined department had no joint raid")
  void asOfBeforeCorrection() {
    SiteRaided original = (SiteRaided) raid("WS-2020", 1, "MPS", 3).event();
    SiteRaided joint =
        new SiteRaided(
            original.campaignId(),
            original.reportId(),
            new ReportHeader(
                original.department(),
                original.region(),
                original.occurredOn(),
                original.reportedBy(),
                Set.of(new DepartmentCode("SAMR")),
                null),
            new SiteRaid(4),
            false);
    Instant corrected = Instant.parse("2020-08-01T00:00:00Z");
    List<EventEnvelope> history =
        List.of(
            launched("WS-2020", "SAMR", "MPS"),
            InMemoryMongo.envelope(1, original),
            new EventEnvelope(
                "correction",
                2,
                corrected,
                "1",
                new ReportCorrected(
                    original.campaignId(), original.reportId(), 2, "a joint raid", original, joint),
                null));
    InMemoryMongo.Fed ledger = mongo.fed(new ReportLedgerProjection());
    applyAll(history);
    history.forEach(ledger::apply);
    DepartmentController asOf =
        new DepartmentController(
            new DepartmentWorkspaces(
                mongo.views(), new ReportLedger(mongo.views()), mongo.summaries()),
            new CaseFiles(mongo.views()),
            mongo.scope());

    assertThat(asOf.asOf(new DepartmentCode("SAMR"), null, InMemoryMongo.OFFICE).jointTotals())
        .isEqualTo(workspace("SAMR").jointTotals());
    assertThat(asOf.asOf(new DepartmentCode("MPS"), null, InMemoryMongo.OFFICE).totals())
        .isEqualTo(workspace("MPS").totals());
    assertThat(asOf.asOf(new DepartmentCode("MPS"), null, InMemoryMongo.OFFICE).byRegion())
        .isEqualTo(workspace("MPS").byRegion());
    assertThat(
            asOf.asOf(new DepartmentCode("SAMR"), corrected.minusSeconds(1), InMemoryMongo.OFFICE)
                .jointTotals()
                .reports())
        .isZero();
    assertThat(
            asOf.asOf(new DepartmentCode("MPS"), corrected.minusSeconds(1), InMemoryMongo.OFFICE)
                .totals()
                .count(Figure.SITES_RAIDED))
        .isEqualTo(3);
    assertThat(
            asOf.asOf(new DepartmentCode("MPS"), corrected, InMemoryMongo.OFFICE)
                .totals()
                .count(Figure.SITES_RAIDED))
        .isEqualTo(4);
  }
}
