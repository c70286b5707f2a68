package org.liandong.model.reference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.liandong.model.InvalidValueException;
import org.liandong.model.campaign.CampaignFocus;
import org.liandong.model.campaign.CorrectReportCommand;
import org.liandong.model.campaign.GoodsSeizure;
import org.liandong.model.campaign.LaunchCampaignCommand;
import org.liandong.model.campaign.Period;
import org.liandong.model.campaign.RecordReportCommand;
import org.liandong.model.campaign.ReportHeader;
import org.liandong.model.code.CategoryCode;
import org.liandong.model.code.DepartmentCode;
import org.liandong.model.code.Quantity;
import org.liandong.model.code.RegionCode;
import org.liandong.model.code.UnitCode;
import org.liandong.model.id.CampaignId;
import org.liandong.model.id.ReportId;

@DisplayName("New commands name only codes of the reference data")
class KnownCodesTest {

  private static final CampaignId CAMPAIGN = new CampaignId("KNOWN-2020");

  private static RecordReportCommand seizure(String department, String unit) {
    return new RecordReportCommand(
        CAMPAIGN,
        new ReportId("KC-1"),
        new ReportHeader(
            new DepartmentCode(department),
            new RegionCode("44"),
            LocalDate.of(2020, 5, 1),
            "customs.officer",
            null,
            null),
        new GoodsSeizure(
            new CategoryCode("APPAREL"), new Quantity(BigDecimal.TEN, new UnitCode(unit)), null));
  }

  private static String fieldRefused(Object command) {
    try {
      KnownCodes.check(command);
    } catch (InvalidValueException e) {
      return e.field() + ": " + e.reason();
    }
    return "accepted";
  }

  @Test
  @DisplayName("a command with known codes passes")
  void known() {
    assertThatCode(() -> KnownCodes.check(seizure("GACC", "kg"))).doesNotThrowAnyException();
  }

  @Test
  @DisplayName("an unknown code is refused under the field the request names it in")
  void unknown() {
    assertThat(fieldRefused(seizure("POLICE", "kg")))
        .startsWith("department: unknown code 'POLICE'");
    assertThat(fieldRefused(seizure("GACC", "bushel")))
        .startsWith("quantity.unit: unknown code 'bushel'");
    LaunchCampaignCommand launch =
        new LaunchCampaignCommand(
            CAMPAIGN,
            "Known codes",
            CampaignFocus.PIRACY,
            new DepartmentCode("NCAC"),
            Set.of(new DepartmentCode("MPS")),
            Set.of(new RegionCode("44"), new RegionCode("99")),
            new Period(LocalDate.of(2020, 1, 1), LocalDate.of(2020, 12, 31)),
            List.of());
    assertThat(fieldRefused(launch)).startsWith("regions: unknown code '99'");
  }

  @Test
  @DisplayName("a correction names the fields of the corrected report, its request body")
  void correction() {
    CorrectReportCommand correction =
        new CorrectReportCommand(seizure("GACC", "bushel"), "wrong unit");
    assertThatThrownBy(() -> KnownCodes.check(correction))
        .isInstanceOfSatisfying(
            InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("quantity.unit"));
  }
}
