package org.liandong.model.campaign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.liandong.model.InvalidValueException;
import org.liandong.model.code.CategoryCode;
import org.liandong.model.code.DepartmentCode;
import org.liandong.model.code.Money;
import org.liandong.model.code.Quantity;
import org.liandong.model.code.RegionCode;
import org.liandong.model.code.UnitCode;
import org.liandong.model.envelope.EventTypes;
import org.liandong.model.event.DomainEvent;
import org.liandong.model.id.CampaignId;
import org.liandong.model.id.ReportId;

class ValueObjectsTest {

  @Test
  @DisplayName("campaign ids are codes like SWORD-NET-2020")
  void campaignIds() {
    assertThat(new CampaignId("SWORD-NET-2020").value()).isEqualTo("SWORD-NET-2020");
    for (String bad : new String[] {"sword-net", "AB", "SWORD--NET", "SWORD-NET-", "SWORD.NET"}) {
      assertThatThrownBy(() -> new CampaignId(bad)).isInstanceOf(InvalidValueException.class);
    }
  }

  @Test
  @DisplayName(
      "codes are checked for their form only: a code newer than the reference data decodes")
  void codes() {
    assertThat(new DepartmentCode("MPS").value()).isEqualTo("MPS");
    assertThat(new DepartmentCode("NEWDEPT").value()).isEqualTo("NEWDEPT");
    assertThat(new RegionCode("99").value()).isEqualTo("99");
    assertThat(new CategoryCode("GOLD").value()).isEqualTo("GOLD");
    assertThat(new UnitCode("bushel").value()).isEqualTo("bushel");
    assertThatThrownBy(() -> new DepartmentCode("police")).hasMessageContaining("police");
    assertThatThrownBy(() -> new DepartmentCode(null)).isInstanceOf(InvalidValueException.class);
    assertThatThrownBy(() -> new RegionCode("4401")).isInstanceOf(InvalidValueException.class);
    assertThatThrownBy(() -> new CategoryCode("A B")).isInstanceOf(InvalidValueException.class);
    assertThatThrownBy(() -> new UnitCode("KG")).isInstanceOf(InvalidValueException.class);
  }

  @Test
  @DisplayName("quantities are positive with at most three decimals; money positive in fen")
  void amounts() {
    UnitCode kg = new UnitCode("kg");
    assertThat(new Quantity(new BigDecimal("12.500"), kg).amount()).isEqualByComparingTo("12.5");
    assertThatThrownBy(() -> new Quantity(BigDecimal.ZERO, kg))
        .isInstanceOfSatisfying(
            InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("amount"));
    assertThatThrownBy(() -> new Quantity(new BigDecimal("1.0001"), kg))
        .isInstanceOf(InvalidValueException.class);
    assertThat(new Money(new BigDecimal("375000.25")).fen()).isEqualTo(37_500_025L);
    assertThatThrownBy(() -> new Money(new BigDecimal("-1")))
        .isInstanceOf(InvalidValueException.class);
    assertThatThrownBy(() -> new Money(new BigDecimal("0.001")))
        .isInstanceOf(InvalidValueException.class);
    assertThatThrownBy(() -> new Period(LocalDate.of(2020, 6, 1), LocalDate.of(2020, 5, 31)))
        .isInstanceOfSatisfying(
            InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("endsOn"));
  }

  @Test
  @DisplayName("commands name the missing field and normalise what they carry")
  void commands() {
    assertThatThrownBy(
            () ->
                new RecordReportCommand(
                    new CampaignId("X-2020"),
                    new ReportId("R-1"),
                    new ReportHeader(
                        null,
                        new RegionCode("44"),
                        LocalDate.of(2020, 1, 1),
                        "officer",
                        null,
                        null),
                    new GoodsSeizure(
                        new CategoryCode("FOOD"),
                        new Quantity(BigDecimal.ONE, new UnitCode("kg")),
                        null)))
        .isInstanceOfSatisfying(
            InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("department"));
    assertThatThrownBy(
            () ->
                new RecordReportCommand(
                    new CampaignId("X-2020"),
                    new ReportId("R-1"),
                    new ReportHeader(
                        new DepartmentCode("MPS"),
                        new RegionCode("44"),
                        LocalDate.of(2020, 1, 1),
                        "officer",
                        null,
                        null),
                    new SiteRaid(0)))
        .isInstanceOfSatisfying(
            InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("sites"));
    LaunchCampaignCommand launch =
        new LaunchCampaignCommand(
            new CampaignId("X-2020"),
            " Name ",
            CampaignFocus.PIRACY,
            new DepartmentCode("NCAC"),
            Set.of(new DepartmentCode("MPS"), new DepartmentCode("CAC")),
            Set.of(new RegionCode("44"), new RegionCode("11")),
            new Period(LocalDate.of(2020, 1, 1), LocalDate.of(2020, 12, 31)),
            List.of(" Websites ", "  "));
    assertThat(launch.name()).isEqualTo("Name");
    assertThat(launch.participatingDepartments())
        .extracting(DepartmentCode::value)
        .containsExactly("CAC", "MPS");
    assertThat(launch.keyPoints()).containsExactly("Websites");
    List<String> withNull = new ArrayList<>(List.of("Websites"));
    withNull.add(null);
    assertThatThrownBy(() -> new SetTargetsCommand(new CampaignId("X-2020"), withNull, Map.of()))
        .isInstanceOfSatisfying(
            InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("keyPoints"));
  }

  @Test
  @DisplayName(
      "amounts stay below a trillion, so that totals in fen and thousandths cannot overflow")
  void bounds() {
    assertThat(new Money(new BigDecimal("999999999999.99")).fen()).isEqualTo(99999999999999L);
    assertThatThrownBy(() -> new Money(new BigDecimal("1000000000000")))
        .isInstanceOf(InvalidValueException.class);
    assertThatThrownBy(() -> new Quantity(new BigDecimal("1000000000000"), new UnitCode("kg")))
        .isInstanceOfSatisfying(
            InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("amount"));
    assertThat(EventTypes.classOf(null)).isEmpty();
  }

  @Test
  @DisplayName("every event type has a wire name, a revision, and is found by its name")
  void eventTypes() {
    assertThat(EventTypes.all()).hasSizeGreaterThan(20);
    for (Class<? extends DomainEvent> type : EventTypes.all()) {
      assertThat(EventTypes.classOf(EventTypes.typeOf(type))).contains(type);
      assertThat(EventTypes.revisionOf(type)).isNotBlank();
    }
    assertThat(EventTypes.typeOf(GoodsSeized.class)).isEqualTo("org.liandong.campaign.GoodsSeized");
    assertThat(EventTypes.typeOf(CaseAccepted.class)).isEqualTo("org.liandong.case.CaseAccepted");
  }
}
