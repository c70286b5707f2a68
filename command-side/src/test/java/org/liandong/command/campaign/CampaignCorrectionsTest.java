package org.liandong.command.campaign;

import static org.liandong.command.campaign.CampaignFixtures.GUANGDONG;
import static org.liandong.command.campaign.CampaignFixtures.ID;
import static org.liandong.command.campaign.CampaignFixtures.MPS;
import static org.liandong.command.campaign.CampaignFixtures.NCAC;
import static org.liandong.command.campaign.CampaignFixtures.NOW;
import static org.liandong.command.campaign.CampaignFixtures.inCrackdown;
import static org.liandong.command.campaign.CampaignFixtures.raid;
import static org.liandong.command.campaign.CampaignFixtures.seize;
import static org.liandong.command.campaign.CampaignFixtures.seized;
import static org.liandong.command.campaign.CampaignFixtures.violation;

import java.time.LocalDate;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.liandong.access.AccessRefusedException;
import org.liandong.command.RuleViolation;
import org.liandong.model.campaign.Acknowledgement;
import org.liandong.model.campaign.CorrectReportCommand;
import org.liandong.model.campaign.GoodsSeized;
import org.liandong.model.campaign.ReportCorrected;
import org.liandong.model.campaign.ReportRetracted;
import org.liandong.model.campaign.RetractReportCommand;
import org.liandong.model.id.ReportId;

@DisplayName("Campaign aggregate: corrections and retractions")
class CampaignCorrectionsTest {

  private final AggregateTestFixture<Campaign> fixture = CampaignFixtures.fixture();

  private final GoodsSeized original = seized("R-2", MPS, "12500");
  private final GoodsSeized fixed = seized("R-2", MPS, "12000");
  private final GoodsSeized fixedAgain = seized("R-2", MPS, "11800");

  private CorrectReportCommand correct(String amount, String reason) {
    return new CorrectReportCommand(seize("R-2", MPS, amount), reason);
  }

  @Test
  @DisplayName("a correction records the replaced and the new version")
  void corrects() {
    fixture
        .given(inCrackdown(original))
        .andGivenCurrentTime(NOW)
        .when(correct("12000", "double-counted cartons"))
        .expectResultMessagePayload(Acknowledgement.RECORDED)
        .expectEvents(
            new ReportCorrected(
                ID, new ReportId("R-2"), 2, "double-counted cartons", original, fixed));
  }

  @Test
  @DisplayName("a correction of a correction replaces the latest version")
  void correctionOfCorrection() {
    fixture
        .given(
            inCrackdown(
                original,
                new ReportCorrected(ID, new ReportId("R-2"), 2, "first", original, fixed)))
        .andGivenCurrentTime(NOW)
        .when(correct("11800", "second"))
        .expectEvents(new ReportCorrected(ID, new ReportId("R-2"), 3, "second", fixed, fixedAgain));
  }

  @Test
  @DisplayName("the same correction again, or the original request again, records nothing")
  void retries() {
    Object[] history = {
      original, new ReportCorrected(ID, new ReportId("R-2"), 2, "first", original, fixed)
    };
    fixture
        .given(inCrackdown(history))
        .andGivenCurrentTime(NOW)
        .when(correct("12000", "first"))
        .expectResultMessagePayload(Acknowledgement.ALREADY_RECORDED)
        .expectNoEvents();
    fixture
        .given(inCrackdown(history))
        .andGivenCurrentTime(NOW)
        .when(seize("R-2", MPS, "12500"))
        .expectResultMessagePayload(Acknowledgement.ALREADY_RECORDED)
        .expectNoEvents();
  }

  @Test
  @DisplayName("only the reporting department corrects, keeping the kind, of a known report")
  void refused() {
    fixture
        .given(inCrackdown(original))
        .andGivenCurrentTime(NOW)
        .when(new CorrectReportCommand(seize("R-2", NCAC, "12000"), "not mine"))
        .expectNoEvents()
        .expectException(AccessRefusedException.class);
    fixture
        .given(inCrackdown(original))
        .andGivenCurrentTime(NOW)
        .when(
            new CorrectReportCommand(
                raid("R-2", MPS, GUANGDONG, LocalDate.of(2020, 8, 1), 2), "other kind"))
        .expectNoEvents()
        .expectException(violation(RuleViolation.Kind.RULE, "reportId"));
    fixture
        .given(inCrackdown())
        .andGivenCurrentTime(NOW)
        .when(correct("12000", "nothing to correct"))
        .expectNoEvents()
        .expectException(violation(RuleViolation.Kind.RULE, "reportId"));
  }

  @Test
  @DisplayName("a retraction keeps the report in the history and takes it out of the count")
  void retracts() {
    fixture
        .given(
            inCrackdown(
                original,
                new ReportCorrected(ID, new ReportId("R-2"), 2, "first", original, fixed)))
        .when(new RetractReportCommand(ID, new ReportId("R-2"), MPS, "seized goods were genuine"))
        .expectEvents(
            new ReportRetracted(ID, new ReportId("R-2"), "seized goods were genuine", fixed));
  }

  @Test
  @DisplayName("a retracted report is retracted once and corrected no more")
  void afterRetraction() {
    Object[] history = {
      original, new ReportRetracted(ID, new ReportId("R-2"), "genuine", original)
    };
    fixture
        .given(inCrackdown(history))
        .when(new RetractReportCommand(ID, new ReportId("R-2"), MPS, "genuine"))
        .expectResultMessagePayload(Acknowledgement.ALREADY_RECORDED)
        .expectNoEvents();
    fixture
        .given(inCrackdown(history))
        .andGivenCurrentTime(NOW)
        .when(correct("12000", "after all"))
        .expectNoEvents()
        .expectException(violation(RuleViolation.Kind.RULE, "reportId"));
    fixture
        .given(inCrackdown(original))
        .when(new RetractReportCommand(ID, new ReportId("R-2"), NCAC, "not mine"))
        .expectNoEvents()
        .expectException(AccessRefusedException.class);
  }
}
