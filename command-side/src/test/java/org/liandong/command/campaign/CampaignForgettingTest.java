package org.liandong.command.campaign;

import static org.assertj.core.api.Assertions.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.liandong.command.campaign.CampaignFixtures.GUANGDONG;
import static org.liandong.command.campaign.CampaignFixtures.ID;
import static org.liandong.command.campaign.CampaignFixtures.MPS;
import static org.liandong.command.campaign.CampaignFixtures.NOW;
import static org.liandong.command.campaign.CampaignFixtures.inCrackdown;
import static org.liandong.command.campaign.CampaignFixtures.raided;
import static org.liandong.command.campaign.CampaignFixtures.seize;
import static org.liandong.command.campaign.CampaignFixtures.seized;
import static org.liandong.command.campaign.CampaignFixtures.violation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.assertj.core.api.InstanceOfAssertFactories;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.liandong.command.RuleViolation;
import org.liandong.model.campaign.Acknowledgement;
import org.liandong.model.campaign.CorrectReportCommand;
import org.liandong.model.campaign.GoodsSeized;
import org.liandong.model.campaign.ReportCorrected;
import org.liandong.model.campaign.ReportRetracted;
import org.liandong.model.campaign.RetractReportCommand;
import org.liandong.model.id.ReportId;

@DisplayName("Campaign aggregate: reports forgotten once indexed are answered from the index")
class CampaignForgettingTest {

  private static final int LATER_REPORTS = 2 * CampaignReports.REMEMBERED;

  private final AggregateTestFixture<Campaign> fixture = CampaignFixtures.fixture();

  /**
   * What a campaign forgets depends on how far the index had come when it last forgot, not on its
   * events alone, so the fixture's check that the state sourced again from the events equals the
   * state after the command does not apply here.
   */
  CampaignForgettingTest() {
    fixture.setReportIllegalStateChange(false);
  }

  private final GoodsSeized original = seized("R-2", MPS, "12500");
  private final GoodsSeized fixed = seized("R-2", MPS, "12000");
  private final ReportCorrected correction =
      new ReportCorrected(ID, new ReportId("R-2"), 2, "first", original, fixed);

  /** R-2 first, then more reports than a campaign remembers, then {@code after}. */
  private List<Object> history(Object... after) {
    List<Object> events = new ArrayList<>(inCrackdown(original));
    for (int report = 0; report < LATER_REPORTS; report++) {
      events.add(raided("L-" + report, MPS, GUANGDONG, LocalDate.of(2020, 8, 2), 1));
    }
    events.addAll(List.of(after));
    return events;
  }

  @Test
  @DisplayName("a campaign remembers no more reports than its bound once the index holds them")
  void boundedMemory() {
    fixture
        .given(history())
        .andGivenCurrentTime(NOW)
        .when(seize("R-3", MPS, "10"))
        .expectSuccessfulHandlerExecution()
        .expectState(
            campaign -> assertThat(remembered(campaign)).isLessThan(CampaignReports.REMEMBERED));
  }

  @Test
  @DisplayName("with an index that never caught up, a campaign remembers every report")
  void remembersWhatIsNotIndexed() {
    CampaignFixtures.fixture(false)
        .given(history())
        .andGivenCurrentTime(NOW)
        .when(seize("R-3", MPS, "10"))
        .expectSuccessfulHandlerExecution()
        .expectState(campaign -> assertThat(remembered(campaign)).isEqualTo(LATER_REPORTS + 2));
  }

  @Test
  @DisplayName("a retry of a forgotten report is recognised; other details under its id conflict")
  void retryOfForgotten() {
    fixture
        .given(history())
        .andGivenCurrentTime(NOW)
        .when(seize("R-2", MPS, "12500"))
        .expectResultMessagePayload(Acknowledgement.ALREADY_RECORDED)
        .expectNoEvents();
    fixture
        .given(history())
        .andGivenCurrentTime(NOW)
        .when(seize("R-2", MPS, "99"))
        .expectNoEvents()
        .expectException(violation(RuleViolation.Kind.CONFLICT, "reportId"));
  }

  @Test
  @DisplayName("a forgotten report is corrected from its current version and numbered on")
  void correctsForgotten() {
    fixture
        .given(history())
        .andGivenCurrentTime(NOW)
        .when(new CorrectReportCommand(seize("R-2", MPS, "12000"), "first"))
        .expectEvents(correction);
  }

  @Test
  @DisplayName("a correction of a forgotten report leaves a partial record the index completes")
  void correctedAfterForgetting() {
    fixture
        .given(history(correction))
        .andGivenCurrentTime(NOW)
        .when(seize("R-2", MPS, "12500"))
        .expectResultMessagePayload(Acknowledgement.ALREADY_RECORDED)
        .expectNoEvents();
    fixture
        .given(history(correction))
        .andGivenCurrentTime(NOW)
        .when(new CorrectReportCommand(seize("R-2", MPS, "11800"), "second"))
        .expectEvents(
            new ReportCorrected(
                ID, new ReportId("R-2"), 3, "second", fixed, seized("R-2", MPS, "11800")));
  }

  @Test
  @DisplayName("a retraction of a forgotten report holds: retracted once, corrected no more")
  void retractedAfterForgetting() {
    ReportRetracted retracted = new ReportRetracted(ID, new ReportId("R-2"), "genuine", original);
    fixture
        .given(history(retracted))
        .when(new RetractReportCommand(ID, new ReportId("R-2"), MPS, "genuine"))
        .expectResultMessagePayload(Acknowledgement.ALREADY_RECORDED)
        .expectNoEvents();
    fixture
        .given(history(retracted))
        .andGivenCurrentTime(NOW)
        .when(new CorrectReportCommand(seize("R-2", MPS, "12000"), "after all"))
        .expectNoEvents()
        .expectException(violation(RuleViolation.Kind.RULE, "reportId"));
  }

  private static int remembered(Campaign campaign) {
    return assertThat(campaign)
        .extracting("reports")
        .extracting("reports", as(InstanceOfAssertFactories.MAP))
        .actual()
        .size();
  }
}
