package org.liandong.command.campaign;

import static org.liandong.command.campaign.CampaignFixtures.BEIJING;
import static org.liandong.command.campaign.CampaignFixtures.GUANGDONG;
import static org.liandong.command.campaign.CampaignFixtures.MPS;
import static org.liandong.command.campaign.CampaignFixtures.NOW;
import static org.liandong.command.campaign.CampaignFixtures.SAMR;
import static org.liandong.command.campaign.CampaignFixtures.inCrackdown;
import static org.liandong.command.campaign.CampaignFixtures.raided;
import static org.liandong.command.campaign.CampaignFixtures.seize;
import static org.liandong.command.campaign.CampaignFixtures.seized;
import static org.liandong.command.campaign.CampaignFixtures.violation;

import java.time.Instant;
import java.time.LocalDate;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.liandong.command.RuleViolation;
import org.liandong.model.campaign.Acknowledgement;
import org.liandong.model.campaign.OfficerDispatch;
import org.liandong.model.campaign.RecordReportCommand;
import org.liandong.model.campaign.ReportHeader;
import org.liandong.model.id.ReportId;

@DisplayName("Campaign aggregate: reporting from the field")
class CampaignReportingTest {

  private final AggregateTestFixture<Campaign> fixture = CampaignFixtures.fixture();

  @Test
  @DisplayName("a raid by a participant in scope is recorded")
  void raid() {
    fixture
        .given(inCrackdown())
        .andGivenCurrentTime(NOW)
        .when(raidOn(LocalDate.of(2020, 8, 12)))
        .expectResultMessagePayload(Acknowledgement.RECORDED)
        .expectEvents(raided("R-1", MPS, GUANGDONG, LocalDate.of(2020, 8, 12), 3));
  }

  private RecordReportCommand raidOn(LocalDate on) {
    return CampaignFixtures.raid("R-1", MPS, GUANGDONG, on, 3);
  }

  @Test
  @DisplayName("a seizure by a participant in scope is recorded")
  void seizure() {
    fixture
        .given(inCrackdown())
        .andGivenCurrentTime(NOW)
        .when(seize("R-2", MPS, "12500"))
        .expectResultMessagePayload(Acknowledgement.RECORDED)
        .expectEvents(seized("R-2", MPS, "12500"));
  }

  @Test
  @DisplayName("a kind of report with no handler of its own is recorded by the one for all")
  void officersDispatched() {
    RecordReportCommand dispatch =
        new RecordReportCommand(
            CampaignFixtures.ID,
            new ReportId("R-3"),
            new ReportHeader(MPS, GUANGDONG, LocalDate.of(2020, 8, 12), "officer", null, null),
            new OfficerDispatch(120));
    fixture
        .given(inCrackdown())
        .andGivenCurrentTime(NOW)
        .when(dispatch)
        .expectResultMessagePayload(Acknowledgement.RECORDED)
        .expectEvents(dispatch.toEvent(false));
    fixture
        .given(inCrackdown(dispatch.toEvent(false)))
        .andGivenCurrentTime(NOW)
        .when(dispatch)
        .expectResultMessagePayload(Acknowledgement.ALREADY_RECORDED)
        .expectNoEvents();
  }

  @Test
  @DisplayName("a report happening today in Beijing time is not in the future")
  void todayInBeijing() {
    fixture
        .given(inCrackdown())
        .andGivenCurrentTime(Instant.parse("2020-08-19T17:00:00Z"))
        .when(raidOn(LocalDate.of(2020, 8, 20)))
        .expectSuccessfulHandlerExecution();
  }

  @Test
  @DisplayName("refused from a department that does not take part")
  void notParticipating() {
    fixture
        .given(inCrackdown())
        .andGivenCurrentTime(NOW)
        .when(CampaignFixtures.raid("R-1", SAMR, GUANGDONG, LocalDate.of(2020, 8, 12), 1))
        .expectNoEvents()
        .expectException(violation(RuleViolation.Kind.RULE, "department"));
  }

  @Test
  @DisplayName("refused for a region out of scope")
  void outOfScope() {
    fixture
        .given(inCrackdown())
        .andGivenCurrentTime(NOW)
        .when(CampaignFixtures.raid("R-1", MPS, BEIJING, LocalDate.of(2020, 8, 12), 1))
        .expectNoEvents()
        .expectException(violation(RuleViolation.Kind.RULE, "region"));
  }

  @Test
  @DisplayName("refused when it happened in the future")
  void future() {
    fixture
        .given(inCrackdown())
        .andGivenCurrentTime(NOW)
        .when(raidOn(LocalDate.of(2020, 8, 21)))
        .expectNoEvents()
        .expectException(violation(RuleViolation.Kind.RULE, "occurredOn"));
  }

  @Test
  @DisplayName("refused when it happened before the campaign started")
  void beforeStart() {
    fixture
        .given(inCrackdown())
        .andGivenCurrentTime(NOW)
        .when(raidOn(LocalDate.of(2020, 5, 31)))
        .expectNoEvents()
        .expectException(violation(RuleViolation.Kind.RULE, "occurredOn"));
  }

  @Test
  @DisplayName("the same report again is acknowledged without a new event")
  void retried() {
    fixture
        .given(inCrackdown(seized("R-2", MPS, "12500")))
        .andGivenCurrentTime(NOW)
        .when(seize("R-2", MPS, "12500.000"))
        .expectResultMessagePayload(Acknowledgement.ALREADY_RECORDED)
        .expectNoEvents();
  }

  @Test
  @DisplayName("a different report under a taken id is a conflict")
  void conflicting() {
    fixture
        .given(inCrackdown(seized("R-2", MPS, "12500")))
        .andGivenCurrentTime(NOW)
        .when(seize("R-2", MPS, "12501"))
        .expectNoEvents()
        .expectException(violation(RuleViolation.Kind.CONFLICT, "reportId"));
  }

  @Test
  @DisplayName("a raid's id reused for a seizure is a conflict")
  void idReusedAcrossKinds() {
    fixture
        .given(inCrackdown(raided("R-1", MPS, GUANGDONG, LocalDate.of(2020, 8, 12), 3)))
        .andGivenCurrentTime(NOW)
        .when(seize("R-1", MPS, "10"))
        .expectNoEvents()
        .expectException(violation(RuleViolation.Kind.CONFLICT, "reportId"));
  }
}
