package org.liandong.query.campaign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.liandong.query.InMemoryMongo.envelope;
import static org.liandong.query.InMemoryMongo.launched;
import static org.liandong.query.InMemoryMongo.raid;
import static org.liandong.query.InMemoryMongo.seizure;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.liandong.model.campaign.CampaignClosed;
import org.liandong.model.campaign.CaseFiled;
import org.liandong.model.campaign.CaseFiling;
import org.liandong.model.campaign.DenDismantling;
import org.liandong.model.campaign.DensDismantled;
import org.liandong.model.campaign.DepartmentJoined;
import org.liandong.model.campaign.DepartmentWithdrew;
import org.liandong.model.campaign.Figure;
import org.liandong.model.campaign.GoodsSeized;
import org.liandong.model.campaign.GoodsSeizure;
import org.liandong.model.campaign.OfficerDispatch;
import org.liandong.model.campaign.OfficersDispatched;
import org.liandong.model.campaign.OnlineStoreClosure;
import org.liandong.model.campaign.OnlineStoresClosed;
import org.liandong.model.campaign.Phase;
import org.liandong.model.campaign.PhaseAdvanced;
import org.liandong.model.campaign.RegionsAdded;
import org.liandong.model.campaign.ReportCorrected;
import org.liandong.model.campaign.ReportHeader;
import org.liandong.model.campaign.ReportRetracted;
import org.liandong.model.campaign.TargetsSet;
import org.liandong.model.code.CaseKind;
import org.liandong.model.code.DepartmentCode;
import org.liandong.model.code.Money;
import org.liandong.model.code.Quantity;
import org.liandong.model.code.RegionCode;
import org.liandong.model.code.RightType;
import org.liandong.model.code.UnitCode;
import org.liandong.model.envelope.EventEnvelope;
import org.liandong.model.id.CampaignId;
import org.liandong.model.id.ReportId;
import org.liandong.model.reference.ReferenceEntry;
import org.liandong.query.InMemoryMongo;

@DisplayName("Campaign summary projection")
class CampaignSummaryProjectionTest {

  private final InMemoryMongo mongo = new InMemoryMongo();
  private final InMemoryMongo.Fed projection = mongo.fed(new CampaignSummaryProjection());

  @AfterEach
  void close() {
    mongo.close();
  }

  private CampaignSummaryView summary(String campaign) {
    return CampaignSummaryView.from(
        mongo
            .views()
            .collection(CampaignSummaryProjection.NAME)
            .find(new Document("_id", campaign))
            .first(),
        InMemoryMongo.COMPLETE);
  }

  @Test
  @DisplayName("every figure a report adds is counted, and cases by the right they concern")
  void figuresOfEveryKind() {
    CampaignId id = new CampaignId("SUM-2020");
    ReportId first = new ReportId("R-2");
    List.of(
            launched("SUM-2020", "SAMR", "MPS"),
            envelope(2, cases(id, first, RightType.TRADEMARK, 3, "1200.50")),
            envelope(3, cases(id, new ReportId("R-3"), null, 1, null)),
            envelope(
                4,
                new OnlineStoresClosed(
                    id,
                    new ReportId("R-4"),
                    new ReportHeader(SAMR, ZHEJIANG, DAY, "tester", null, null),
                    new OnlineStoreClosure(4),
                    false)),
            envelope(
                5,
                new DensDismantled(
                    id,
                    new ReportId("R-5"),
                    new ReportHeader(MPS, ZHEJIANG, DAY, "tester", null, null),
                    new DenDismantling(5),
                    false)),
            envelope(
                6,
                new OfficersDispatched(
                    id,
                    new ReportId("R-6"),
                    new ReportHeader(SAMR, ZHEJIANG, DAY, "tester", null, null),
                    new OfficerDispatch(60),
                    false)))
        .forEach(projection::apply);

    CampaignSummaryView summary = summary("SUM-2020");
    assertThat(summary.totals().count(Figure.CASES_FILED)).isEqualTo(4);
    assertThat(summary.totals().count(Figure.CRIMINAL_CASES)).isEqualTo(4);
    assertThat(summary.totals().amount(Figure.VALUE_INVOLVED_CNY)).isEqualByComparingTo("1200.50");
    assertThat(summary.totals().count(Figure.ONLINE_STORES_CLOSED)).isEqualTo(4);
    assertThat(summary.totals().count(Figure.DENS_DISMANTLED)).isEqualTo(5);
    assertThat(summary.totals().count(Figure.OFFICERS_DISPATCHED)).isEqualTo(60);
    assertThat(summary.byRight())
        .extracting(e -> e.right(), e -> e.totals().count(Figure.CASES_FILED))
        .containsExactly(tuple("NOT_STATED", 1L), tuple("TRADEMARK", 3L));
    assertThat(summary.tables().get(0).rows())
        .filteredOn(row -> "right".equals(row.get(0)))
        .extracting(row -> row.get(1))
        .containsExactly("NOT_STATED", "TRADEMARK");
    assertThat(summary.tables().get(0).columns())
        .contains("onlineStoresClosed", "densDismantled", "officersDispatched");

    projection.apply(
        envelope(
            7,
            new ReportCorrected(
                id,
                first,
                2,
                "the right was copyright",
                cases(id, first, RightType.TRADEMARK, 3, "1200.50"),
                cases(id, first, RightType.COPYRIGHT, 3, "1200.50"))));
    assertThat(summary("SUM-2020").byRight())
        .extracting(e -> e.right(), e -> e.totals().count(Figure.CASES_FILED))
        .containsExactly(tuple("COPYRIGHT", 3L), tuple("NOT_STATED", 1L), tuple("TRADEMARK", 0L));
  }

  private static final DepartmentCode SAMR = new DepartmentCode("SAMR");
  private static final DepartmentCode MPS = new DepartmentCode("MPS");
  private static final RegionCode ZHEJIANG = new RegionCode("33");
  private static final LocalDate DAY = LocalDate.of(2020, 7, 1);

  private static CaseFiled cases(
      CampaignId id, ReportId reportId, RightType right, int count, String value) {
    return new CaseFiled(
        id,
        reportId,
        new ReportHeader(MPS, ZHEJIANG, DAY, "tester", null, null),
        new CaseFiling(
            CaseKind.CRIMINAL,
            right,
            count,
            value == null ? null : new Money(new BigDecimal(value))),
        false);
  }

  @Test
  @DisplayName("totals by department, region and category")
  void totals() {
    List.of(
            launched("SUM-2020", "SAMR", "MPS", "GACC"),
            raid("SUM-2020", 1, "MPS", 4),
            seizure("SUM-2020", 2, "GACC", "1000", "5000.50"),
            seizure("SUM-2020", 3, "MPS", "0.5", "0.01"))
        .forEach(projection::apply);

    CampaignSummaryView summary = summary("SUM-2020");
    assertThat(summary.leadDepartment().code()).isEqualTo("SAMR");
    assertThat(summary.totals().reports()).isEqualTo(3);
    assertThat(summary.totals().count(Figure.SITES_RAIDED)).isEqualTo(4);
    assertThat(summary.totals().amount(Figure.GOODS_VALUE_CNY)).isEqualByComparingTo("5000.51");
    assertThat(summary.byDepartment())
        .extracting(e -> e.department().code(), e -> e.totals().reports())
        .containsExactly(tuple("GACC", 1L), tuple("MPS", 2L));
    assertThat(summary.byCategory().get(0).quantities().get(0).amount())
        .isEqualByComparingTo("1000.5");
  }

  @Test
  @DisplayName("a redelivered or older envelope changes nothing")
  void redeliveryChangesNothing() {
    List<EventEnvelope> history =
        List.of(
            launched("SUM-2020", "SAMR", "MPS"),
            raid("SUM-2020", 1, "MPS", 4),
            raid("SUM-2020", 2, "MPS", 1));
    history.forEach(projection::apply);
    CampaignSummaryView once = summary("SUM-2020");

    history.forEach(projection::apply);
    projection.apply(history.get(1));

    assertThat(summary("SUM-2020")).isEqualTo(once);
    assertThat(once.totals().count(Figure.SITES_RAIDED)).isEqualTo(5);
  }

  @Test
  @DisplayName("phases, departments, regions, targets and closing show in the summary")
  void lifecycle() {
    CampaignId id = new CampaignId("LIFE-2020");
    List.of(
            launched("LIFE-2020", "SAMR", "MPS"),
            envelope(1, new PhaseAdvanced(id, Phase.PLANNED, Phase.MOBILISATION)),
            envelope(2, new DepartmentJoined(id, new DepartmentCode("GACC"))),
            envelope(3, new DepartmentWithdrew(id, new DepartmentCode("MPS"), "moved")),
            envelope(4, new RegionsAdded(id, Set.of(new RegionCode("11")))),
            envelope(
                5,
                new TargetsSet(
                    id, List.of("Close websites"), Map.of(Figure.WEBSITES_CLOSED, 2884L))),
            envelope(6, new CampaignClosed(id, "Done")))
        .forEach(projection::apply);

    CampaignSummaryView summary = summary("LIFE-2020");
    assertThat(summary.phase()).isEqualTo("CLOSED");
    assertThat(summary.participatingDepartments())
        .extracting(ReferenceEntry::code)
        .containsExactly("GACC", "SAMR");
    assertThat(summary.withdrawnDepartments())
        .extracting(ReferenceEntry::code)
        .containsExactly("MPS");
    assertThat(summary.regions())
        .extracting(ReferenceEntry::code)
        .containsExactly("11", "33", "44");
    assertThat(summary.targets()).containsEntry("WEBSITES_CLOSED", 2884L);
    assertThat(summary.keyPoints()).containsExactly("Close websites");
    assertThat(summary.summary()).isEqualTo("Done");
  }

  @Test
  @DisplayName("totals follow a correction, a correction of it and a retraction, each counted once")
  void correctionsAndRetractions() {
    CampaignId id = new CampaignId("FIX-2020");
    GoodsSeized original = (GoodsSeized) seizure("FIX-2020", 1, "MPS", "10", "100").event();
    GoodsSeized fixed =
        new GoodsSeized(
            id,
            original.reportId(),
            new ReportHeader(
                original.department(),
                new RegionCode("44"),
                original.occurredOn(),
                original.reportedBy(),
                Set.of(),
                null),
            new GoodsSeizure(
                original.details().category(),
                new Quantity(new BigDecimal("12"), new UnitCode("kg")),
                new Money(new BigDecimal("150"))),
            false);
    EventEnvelope correction =
        envelope(2, new ReportCorrected(id, original.reportId(), 2, "recounted", original, fixed));
    List.of(launched("FIX-2020", "SAMR", "MPS"), envelope(1, original), correction)
        .forEach(projection::apply);
    projection.apply(correction);

    CampaignSummaryView corrected = summary("FIX-2020");
    assertThat(corrected.totals().reports()).isEqualTo(1);
    assertThat(corrected.totals().amount(Figure.GOODS_VALUE_CNY)).isEqualByComparingTo("150");
    assertThat(corrected.byRegion())
        .extracting(e -> e.region().code(), e -> e.totals().reports())
        .containsExactly(tuple("33", 0L), tuple("44", 1L));
    assertThat(corrected.byCategory().get(0).quantities().get(0).amount())
        .isEqualByComparingTo("12");

    projection.apply(envelope(3, new ReportRetracted(id, original.reportId(), "genuine", fixed)));
    CampaignSummaryView retracted = summary("FIX-2020");
    assertThat(retracted.totals().reports()).isZero();
    assertThat(retracted.totals().count(Figure.SEIZURES)).isZero();
    assertThat(retracted.totals().amount(Figure.GOODS_VALUE_CNY)).isEqualByComparingTo("0");
  }

  @Test
  @DisplayName("the dashboard: a timeline by week, targets against results, task rates")
  void dashboard() {
    CampaignId id = new CampaignId("DASH-2020");
    List.of(
            launched("DASH-2020", "SAMR", "MPS"),
            envelope(1, new TargetsSet(id, List.of(), Map.of(Figure.SITES_RAIDED, 8L))),
            raid("DASH-2020", 2, "MPS", 4),
            seizure("DASH-2020", 3, "MPS", "1", "10"))
        .forEach(projection::apply);

    CampaignSummaryView summary = summary("DASH-2020");
    assertThat(summary.byWeek())
        .extracting(CampaignSummaryView.WeekEntry::week, w -> w.totals().reports())
        .containsExactly(tuple("2020-W27", 2L));
    assertThat(summary.targetsProgress())
        .singleElement()
        .satisfies(
            progress -> {
              assertThat(progress.indicator()).isEqualTo("SITES_RAIDED");
              assertThat(progress.reached()).isEqualByComparingTo("4");
              assertThat(progress.percent()).isEqualByComparingTo("50.0");
            });
    assertThat(summary.tasks().completionRate()).isNull();
    assertThat(new CampaignSummaryView.TaskCounts(4, 3, 2, 1, 1).completionRate())
        .isEqualByComparingTo("100.0");
    assertThat(new CampaignSummaryView.TaskCounts(4, 3, 2, 1, 1).onTimeRate())
        .isEqualByComparingTo("66.7");
  }
}
