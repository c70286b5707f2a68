package org.liandong.command.campaign;

import static org.liandong.command.campaign.CampaignFixtures.BEIJING;
import static org.liandong.command.campaign.CampaignFixtures.GUANGDONG;
import static org.liandong.command.campaign.CampaignFixtures.ID;
import static org.liandong.command.campaign.CampaignFixtures.MPS;
import static org.liandong.command.campaign.CampaignFixtures.NCAC;
import static org.liandong.command.campaign.CampaignFixtures.NOW;
import static org.liandong.command.campaign.CampaignFixtures.SAMR;
import static org.liandong.command.campaign.CampaignFixtures.inCrackdown;
import static org.liandong.command.campaign.CampaignFixtures.launched;
import static org.liandong.command.campaign.CampaignFixtures.raid;
import static org.liandong.command.campaign.CampaignFixtures.violation;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.liandong.command.RuleViolation;
import org.liandong.model.campaign.Acknowledgement;
import org.liandong.model.campaign.AddRegionsCommand;
import org.liandong.model.campaign.AdvancePhaseCommand;
import org.liandong.model.campaign.CampaignClosed;
import org.liandong.model.campaign.CloseCampaignCommand;
import org.liandong.model.campaign.DepartmentJoined;
import org.liandong.model.campaign.DepartmentWithdrew;
import org.liandong.model.campaign.Figure;
import org.liandong.model.campaign.JoinCampaignCommand;
import org.liandong.model.campaign.Phase;
import org.liandong.model.campaign.PhaseAdvanced;
import org.liandong.model.campaign.RegionsAdded;
import org.liandong.model.campaign.ReportHeader;
import org.liandong.model.campaign.SetTargetsCommand;
import org.liandong.model.campaign.SiteRaid;
import org.liandong.model.campaign.SiteRaided;
import org.liandong.model.campaign.TargetsSet;
import org.liandong.model.campaign.WithdrawFromCampaignCommand;
import org.liandong.model.id.ReportId;
import org.liandong.model.id.TaskId;
import org.liandong.model.task.AssignTaskCommand;

@DisplayName("Campaign aggregate: lifecycle")
class CampaignLifecycleTest {

  private final AggregateTestFixture<Campaign> fixture = CampaignFixtures.fixture();

  private static final Object TO_MOBILISATION =
      new PhaseAdvanced(ID, Phase.PLANNED, Phase.MOBILISATION);
  private static final Object TO_CRACKDOWN =
      new PhaseAdvanced(ID, Phase.MOBILISATION, Phase.CRACKDOWN);
  private static final Object TO_REVIEW = new PhaseAdvanced(ID, Phase.CRACKDOWN, Phase.REVIEW);
  private static final Object CLOSED = new CampaignClosed(ID, "Summary of the campaign");

  @Test
  @DisplayName("phases advance one step at a time")
  void advances() {
    fixture
        .given(launched())
        .when(new AdvancePhaseCommand(ID, Phase.MOBILISATION))
        .expectResultMessagePayload(Acknowledgement.RECORDED)
        .expectEvents(TO_MOBILISATION);
  }

  @Test
  @DisplayName("advancing to the phase it is in is acknowledged without a new event")
  void alreadyThere() {
    fixture
        .given(launched(), TO_MOBILISATION)
        .when(new AdvancePhaseCommand(ID, Phase.MOBILISATION))
        .expectResultMessagePayload(Acknowledgement.ALREADY_RECORDED)
        .expectNoEvents();
  }

  @Test
  @DisplayName("a phase cannot be skipped")
  void noSkipping() {
    fixture
        .given(launched())
        .when(new AdvancePhaseCommand(ID, Phase.CRACKDOWN))
        .expectNoEvents()
        .expectException(violation(RuleViolation.Kind.RULE, "to"));
  }

  @Test
  @DisplayName("asking for a phase already passed is a late retry, acknowledged")
  void alreadyPassed() {
    fixture
        .given(launched(), TO_MOBILISATION, TO_CRACKDOWN)
        .when(new AdvancePhaseCommand(ID, Phase.MOBILISATION))
        .expectResultMessagePayload(Acknowledgement.ALREADY_RECORDED)
        .expectNoEvents();
  }

  @Test
  @DisplayName("closing is not a phase advance")
  void closeIsItsOwnCommand() {
    fixture
        .given(launched(), TO_MOBILISATION, TO_CRACKDOWN, TO_REVIEW)
        .when(new AdvancePhaseCommand(ID, Phase.CLOSED))
        .expectNoEvents()
        .expectException(violation(RuleViolation.Kind.RULE, "to"));
  }

  @Test
  @DisplayName("a campaign is closed after its review, once")
  void closes() {
    fixture
        .given(launched(), TO_MOBILISATION, TO_CRACKDOWN, TO_REVIEW)
        .when(new CloseCampaignCommand(ID, "Summary of the campaign"))
        .expectEvents(CLOSED);
    fixture
        .given(launched(), TO_MOBILISATION, TO_CRACKDOWN, TO_REVIEW, CLOSED)
        .when(new CloseCampaignCommand(ID, "Summary of the campaign"))
        .expectResultMessagePayload(Acknowledgement.ALREADY_RECORDED)
        .expectNoEvents();
    fixture
        .given(launched(), TO_MOBILISATION, TO_CRACKDOWN)
        .when(new CloseCampaignCommand(ID, "Too early"))
        .expectNoEvents()
        .expectException(violation(RuleViolation.Kind.RULE, "campaignId"));
  }

  @Test
  @DisplayName("reports are refused before mobilisation")
  void noReportsWhenPlanned() {
    fixture
        .given(launched())
        .andGivenCurrentTime(NOW)
        .when(raid("R-1", MPS, GUANGDONG, LocalDate.of(2020, 8, 12), 1))
        .expectNoEvents()
        .expectException(violation(RuleViolation.Kind.RULE, "campaignId"));
  }

  @Test
  @DisplayName("reports during the review are accepted and marked late")
  void lateDuringReview() {
    fixture
        .given(launched(), TO_MOBILISATION, TO_CRACKDOWN, TO_REVIEW)
        .andGivenCurrentTime(NOW)
        .when(raid("R-1", MPS, GUANGDONG, LocalDate.of(2020, 8, 12), 1))
        .expectEvents(
            new SiteRaided(
                ID,
                new ReportId("R-1"),
                new ReportHeader(
                    MPS, GUANGDONG, LocalDate.of(2020, 8, 12), "officer", Set.of(), null),
                new SiteRaid(1),
                true));
  }

  @Test
  @DisplayName("a closed campaign takes no reports, tasks or changes")
  void closedTakesNothing() {
    Object[] closed = {launched(), TO_MOBILISATION, TO_CRACKDOWN, TO_REVIEW, CLOSED};
    fixture
        .given(closed)
        .andGivenCurrentTime(NOW)
        .when(raid("R-1", MPS, GUANGDONG, LocalDate.of(2020, 8, 12), 1))
        .expectNoEvents()
        .expectException(violation(RuleViolation.Kind.RULE, "campaignId"));
    fixture
        .given(closed)
        .when(
            new AssignTaskCommand(
                ID, new TaskId("T-9"), MPS, null, "x", LocalDate.of(2020, 9, 1), null))
        .expectNoEvents()
        .expectException(violation(RuleViolation.Kind.RULE, "campaignId"));
    fixture
        .given(closed)
        .when(new JoinCampaignCommand(ID, SAMR))
        .expectNoEvents()
        .expectException(violation(RuleViolation.Kind.RULE, "campaignId"));
    fixture
        .given(closed)
        .when(new AddRegionsCommand(ID, Set.of(BEIJING)))
        .expectNoEvents()
        .expectException(violation(RuleViolation.Kind.RULE, "campaignId"));
    fixture
        .given(closed)
        .when(new SetTargetsCommand(ID, List.of(), Map.of(Figure.SEIZURES, 10L)))
        .expectNoEvents()
        .expectException(violation(RuleViolation.Kind.RULE, "campaignId"));
  }

  @Test
  @DisplayName("a department joins once; a withdrawn one keeps its history but reports no more")
  void joinAndWithdraw() {
    fixture
        .given(launched())
        .when(new JoinCampaignCommand(ID, SAMR))
        .expectEvents(new DepartmentJoined(ID, SAMR));
    fixture
        .given(launched(), new DepartmentJoined(ID, SAMR))
        .when(new JoinCampaignCommand(ID, SAMR))
        .expectResultMessagePayload(Acknowledgement.ALREADY_RECORDED)
        .expectNoEvents();
    fixture
        .given(inCrackdown())
        .when(new WithdrawFromCampaignCommand(ID, MPS, "Resources moved to another campaign"))
        .expectEvents(new DepartmentWithdrew(ID, MPS, "Resources moved to another campaign"));
    fixture
        .given(inCrackdown(new DepartmentWithdrew(ID, MPS, "moved")))
        .andGivenCurrentTime(NOW)
        .when(raid("R-1", MPS, GUANGDONG, LocalDate.of(2020, 8, 12), 1))
        .expectNoEvents()
        .expectException(violation(RuleViolation.Kind.RULE, "department"));
    fixture
        .given(inCrackdown(new DepartmentWithdrew(ID, MPS, "moved")))
        .when(new WithdrawFromCampaignCommand(ID, MPS, "moved"))
        .expectResultMessagePayload(Acknowledgement.ALREADY_RECORDED)
        .expectNoEvents();
  }

  @Test
  @DisplayName("the lead department cannot withdraw, nor can a department never in it")
  void withdrawRefused() {
    fixture
        .given(launched())
        .when(new WithdrawFromCampaignCommand(ID, NCAC, "x"))
        .expectNoEvents()
        .expectException(violation(RuleViolation.Kind.RULE, "department"));
    fixture
        .given(launched())
        .when(new WithdrawFromCampaignCommand(ID, SAMR, "x"))
        .expectNoEvents()
        .expectException(violation(RuleViolation.Kind.RULE, "department"));
  }

  @Test
  @DisplayName("regions are added once, and only those not in scope")
  void addRegions() {
    fixture
        .given(launched())
        .when(new AddRegionsCommand(ID, Set.of(GUANGDONG, BEIJING)))
        .expectEvents(new RegionsAdded(ID, Set.of(BEIJING)));
    fixture
        .given(launched(), new RegionsAdded(ID, Set.of(BEIJING)))
        .when(new AddRegionsCommand(ID, Set.of(BEIJING)))
        .expectResultMessagePayload(Acknowledgement.ALREADY_RECORDED)
        .expectNoEvents();
  }

  @Test
  @DisplayName("targets are set and revised; the same targets again change nothing")
  void targets() {
    Map<Figure, Long> targets = Map.of(Figure.WEBSITES_CLOSED, 3000L);
    fixture
        .given(launched())
        .when(new SetTargetsCommand(ID, List.of("Close websites"), targets))
        .expectEvents(new TargetsSet(ID, List.of("Close websites"), targets));
    fixture
        .given(launched(), new TargetsSet(ID, List.of("Close websites"), targets))
        .when(new SetTargetsCommand(ID, List.of("Close websites"), targets))
        .expectResultMessagePayload(Acknowledgement.ALREADY_RECORDED)
        .expectNoEvents();
    fixture
        .given(launched(), new TargetsSet(ID, List.of("Close websites"), targets))
        .when(
            new SetTargetsCommand(
                ID, List.of("Close websites"), Map.of(Figure.WEBSITES_CLOSED, 2884L)))
        .expectEvents(
            new TargetsSet(ID, List.of("Close websites"), Map.of(Figure.WEBSITES_CLOSED, 2884L)));
  }
}
