package org.liandong.model.campaign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.liandong.model.InvalidValueException;
import org.liandong.model.code.CaseKind;
import org.liandong.model.code.DepartmentCode;
import org.liandong.model.code.Money;
import org.liandong.model.code.RegionCode;
import org.liandong.model.code.RightType;
import org.liandong.model.id.CampaignId;
import org.liandong.model.id.ReportId;

@DisplayName("Report catalogue: each kind of report, its path, its event and its figures")
class ReportCatalogueTest {

  private static final ObjectMapper JSON = CampaignJson.mapper();
  private static final CampaignId ID = new CampaignId("CATALOGUE-2020");

  @Test
  @DisplayName("every kind of report names its own path")
  void everyKindHasAPath() {
    Set<String> paths = new HashSet<>();
    for (Class<?> kind : ReportDetails.kinds()) {
      ReportPath path = kind.getAnnotation(ReportPath.class);
      assertThat(path).as(kind.getSimpleName()).isNotNull();
      assertThat(paths.add(path.value())).as("path " + path.value() + " taken twice").isTrue();
    }
  }

  @Test
  @DisplayName("every kind makes the event of its kind, and every event is made by one")
  void kindsMakeEvents() throws NoSuchMethodException {
    Set<Class<?>> made = new HashSet<>();
    for (Class<?> kind : ReportDetails.kinds()) {
      made.add(
          kind.getMethod(
                  "toEvent", CampaignId.class, ReportId.class, ReportHeader.class, boolean.class)
              .getReturnType());
    }
    assertThat(made).containsExactlyInAnyOrder(FieldReport.class.getPermittedSubclasses());
  }

  @Test
  @DisplayName(
      "an event holds the command's header and details side by side, adds only whether it came"
          + " late, and reads back equal")
  void eventCarriesTheCommand() throws Exception {
    ReportHeader header =
        new ReportHeader(
            new DepartmentCode("MPS"),
            new RegionCode("44"),
            LocalDate.of(2020, 8, 1),
            "officer",
            Set.of(new DepartmentCode("SAMR")),
            "two workshops");
    CaseFiling details =
        new CaseFiling(
            CaseKind.CRIMINAL, RightType.TRADEMARK, 2, new Money(new BigDecimal("1250.50")));
    FieldReport event =
        new RecordReportCommand(ID, new ReportId("R-1"), header, details).toEvent(true);

    Map<String, Object> expected = new HashMap<>();
    expected.put("campaignId", "CATALOGUE-2020");
    expected.put("reportId", "R-1");
    expected.putAll(JSON.convertValue(header, Map.class));
    expected.putAll(JSON.convertValue(details, Map.class));
    expected.put("late", true);
    assertThat(JSON.convertValue(event, Map.class)).isEqualTo(expected);
    assertThat(JSON.readValue(JSON.writeValueAsString(event), CaseFiled.class)).isEqualTo(event);
  }

  @Test
  @DisplayName("a report's JSON holds its own fields, not the figures it adds")
  void figuresStayOffTheWire() throws Exception {
    for (Class<?> kind : FieldReport.class.getPermittedSubclasses()) {
      Set<String> components =
          new HashSet<>(
              Arrays.stream(kind.getRecordComponents()).map(RecordComponent::getName).toList());
      assertThat(components).as(kind.getSimpleName()).doesNotContain("figures");
    }
    CaseFiled event =
        new CaseFiled(
            ID,
            new ReportId("R-1"),
            new ReportHeader(
                new DepartmentCode("MPS"),
                new RegionCode("44"),
                LocalDate.of(2020, 8, 1),
                "officer",
                Set.of(),
                null),
            new CaseFiling(
                CaseKind.CRIMINAL, RightType.TRADEMARK, 2, new Money(new BigDecimal("1250.50"))),
            false);
    assertThat(JSON.readTree(JSON.writeValueAsString(event)).has("figures")).isFalse();
    assertThat(event.figures())
        .containsExactlyInAnyOrderEntriesOf(
            Map.of(
                Figure.CASES_FILED, 2L,
                Figure.CRIMINAL_CASES, 2L,
                Figure.VALUE_INVOLVED_CNY, 125_050L));
  }

  @Test
  @DisplayName(
      "a kind that counts one thing writes only its own field, checks it by that name and adds it"
          + " to its figure")
  void singleCountKinds() throws Exception {
    for (Class<?> kind : ReportDetails.kinds()) {
      if (!SingleCount.class.isAssignableFrom(kind)) {
        continue;
      }
      RecordComponent field = kind.getRecordComponents()[0];
      SingleCount zero = (SingleCount) kind.getConstructors()[0].newInstance(0);
      SingleCount seven = (SingleCount) kind.getConstructors()[0].newInstance(7);

      assertThat(JSON.writeValueAsString(seven)).isEqualTo("{\"" + field.getName() + "\":7}");
      assertThat(seven.count().field()).isEqualTo(field.getName());
      assertThat(seven.figures()).isEqualTo(Map.of(seven.count().figure(), 7L));
      assertThatThrownBy(zero::check)
          .isInstanceOfSatisfying(
              InvalidValueException.class,
              refused -> assertThat(refused.field()).isEqualTo(field.getName()));
    }
  }

  @Test
  @DisplayName("a stored report reads as written, even where a new one would now be refused")
  void storedReportsReadAsWritten() throws Exception {
    String stored =
        """
        {"campaignId": "CATALOGUE-2020", "reportId": "R-9", "department": "MPS", "region": "44",
         "occurredOn": "2020-08-01", "reportedBy": "%s", "notes": "bell\\u0007",
         "cooperatingDepartments": ["SAMR"], "sites": 20000000, "late": false}
        """
            .formatted("x".repeat(150));
    SiteRaided raid = JSON.readValue(stored, SiteRaided.class);

    assertThat(raid.details().sites()).isEqualTo(20_000_000);
    assertThat(raid.reportedBy()).hasSize(150);
    assertThatThrownBy(
            () -> new RecordReportCommand(ID, raid.reportId(), raid.header(), raid.details()))
        .isInstanceOf(InvalidValueException.class);
  }

  @Test
  @DisplayName("each figure has a field name, and money its counter in fen")
  void figureNames() {
    assertThat(Figure.SITES_RAIDED.field()).isEqualTo("sitesRaided");
    assertThat(Figure.SITES_RAIDED.counter()).isEqualTo("sitesRaided");
    assertThat(Figure.GOODS_VALUE_CNY.field()).isEqualTo("goodsValueCny");
    assertThat(Figure.GOODS_VALUE_CNY.counter()).isEqualTo("goodsValueFen");
    assertThat(Arrays.stream(Figure.values()).map(Figure::field).distinct())
        .hasSize(Figure.values().length);
  }

  @Test
  @DisplayName("a national figure names no region, reads back without one, and counts the same")
  void nationalFigure() throws Exception {
    ReportHeader national =
        new ReportHeader(
            new DepartmentCode("NCAC"), null, LocalDate.of(2020, 12, 31), "ncac", null, null);
    FieldReport closed =
        new RecordReportCommand(ID, new ReportId("N-1"), national, new WebsiteClosure(2_884))
            .toEvent(false);

    FieldReport read = JSON.readValue(JSON.writeValueAsString(closed), WebsitesClosed.class);

    assertThat(read).isEqualTo(closed);
    assertThat(read.header().national()).isTrue();
    assertThat(read.figures()).containsExactly(Map.entry(Figure.WEBSITES_CLOSED, 2_884L));
  }

  @Test
  @DisplayName("the judicial chain: referrals, approvals, prosecutions and the courts' figures")
  void judicialChain() {
    assertThat(new CaseReferral(120).figures())
        .containsExactly(Map.entry(Figure.CASES_REFERRED, 120L));
    assertThat(new ArrestApproval(9_200, 16_000).figures())
        .containsOnly(
            Map.entry(Figure.ARREST_CASES_APPROVED, 9_200L),
            Map.entry(Figure.PERSONS_APPROVED_FOR_ARREST, 16_000L));
    assertThat(new Prosecution(null, 12_152).figures())
        .containsExactly(Map.entry(Figure.PERSONS_PROSECUTED, 12_152L));
    assertThat(
            new CourtConclusion(466_000, null, null, new Money(new BigDecimal("1.50"))).figures())
        .containsOnly(
            Map.entry(Figure.FIRST_INSTANCE_CONCLUDED, 466_000L),
            Map.entry(Figure.COMPENSATION_AWARDED_CNY, 150L));
    assertThatThrownBy(() -> new CourtConclusion(null, null, null, null).check())
        .isInstanceOfSatisfying(
            InvalidValueException.class,
            e -> assertThat(e.field()).isEqualTo("firstInstanceConcluded"));
    assertThatThrownBy(() -> new ArrestApproval(0, 5).check())
        .isInstanceOfSatisfying(
            InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("cases"));
  }
}
