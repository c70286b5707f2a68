package org.liandong.command.campaign;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.hamcrest.Description;
import org.hamcrest.Matcher;
import org.hamcrest.TypeSafeMatcher;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.liandong.access.AccessRefusedException;
import org.liandong.command.RuleViolation;
import org.liandong.command.access.FixtureActors;
import org.liandong.model.access.Actor;
import org.liandong.model.access.Role;
import org.liandong.model.campaign.AcknowledgeTaskCommand;
import org.liandong.model.campaign.Acknowledgement;
import org.liandong.model.campaign.AddRegionsCommand;
import org.liandong.model.campaign.AdvancePhaseCommand;
import org.liandong.model.campaign.AssignTaskCommand;
import org.liandong.model.campaign.CampaignClosed;
import org.liandong.model.campaign.CampaignFocus;
import org.liandong.model.campaign.CampaignId;
import org.liandong.model.campaign.CampaignLaunched;
import org.liandong.model.campaign.CancelTaskCommand;
import org.liandong.model.campaign.CaseFiled;
import org.liandong.model.campaign.CaseKind;
import org.liandong.model.campaign.CategoryCode;
import org.liandong.model.campaign.CloseCampaignCommand;
import org.liandong.model.campaign.CompleteTaskCommand;
import org.liandong.model.campaign.CorrectReportCommand;
import org.liandong.model.campaign.DepartmentCode;
import org.liandong.model.campaign.DepartmentJoined;
import org.liandong.model.campaign.DepartmentWithdrew;
import org.liandong.model.campaign.GoodsSeized;
import org.liandong.model.campaign.Indicator;
import org.liandong.model.campaign.JoinCampaignCommand;
import org.liandong.model.campaign.LaunchCampaignCommand;
import org.liandong.model.campaign.MarkTaskOverdueCommand;
import org.liandong.model.campaign.Money;
import org.liandong.model.campaign.NoteTaskProgressCommand;
import org.liandong.model.campaign.Period;
import org.liandong.model.campaign.Phase;
import org.liandong.model.campaign.PhaseAdvanced;
import org.liandong.model.campaign.Quantity;
import org.liandong.model.campaign.ReassignTaskCommand;
import org.liandong.model.campaign.RecordCaseFiledCommand;
import org.liandong.model.campaign.RecordGangsDismantledCommand;
import org.liandong.model.campaign.RecordGoodsSeizedCommand;
import org.liandong.model.campaign.RecordShipmentsInterceptedCommand;
import org.liandong.model.campaign.RecordSiteRaidedCommand;
import org.liandong.model.campaign.RecordSuspectsArrestedCommand;
import org.liandong.model.campaign.RecordWebsitesClosedCommand;
import org.liandong.model.campaign.RegionCode;
import org.liandong.model.campaign.RegionsAdded;
import org.liandong.model.campaign.ReportCorrected;
import org.liandong.model.campaign.ReportId;
import org.liandong.model.campaign.ReportRetracted;
import org.liandong.model.campaign.RetractReportCommand;
import org.liandong.model.campaign.SetTargetsCommand;
import org.liandong.model.campaign.ShipmentsIntercepted;
import org.liandong.model.campaign.SiteRaided;
import org.liandong.model.campaign.SuspectsArrested;
import org.liandong.model.campaign.TargetsSet;
import org.liandong.model.campaign.TaskAcknowledged;
import org.liandong.model.campaign.TaskAssigned;
import org.liandong.model.campaign.TaskCancelled;
import org.liandong.model.campaign.TaskCompleted;
import org.liandong.model.campaign.TaskId;
import org.liandong.model.campaign.TaskOverdue;
import org.liandong.model.campaign.TaskProgressNoted;
import org.liandong.model.campaign.TaskReassigned;
import org.liandong.model.campaign.UnitCode;
import org.liandong.model.campaign.WithdrawFromCampaignCommand;

@DisplayName("Campaign aggregate")
class CampaignAggregateTest {

  private static final CampaignId ID = new CampaignId("SWORD-NET-2020");
  private static final DepartmentCode NCAC = new DepartmentCode("NCAC");
  private static final DepartmentCode MPS = new DepartmentCode("MPS");
  private static final DepartmentCode SAMR = new DepartmentCode("SAMR");
  private static final RegionCode GUANGDONG = new RegionCode("44");
  private static final RegionCode SHANGHAI = new RegionCode("31");
  private static final RegionCode BEIJING = new RegionCode("11");
  private static final Period PERIOD =
      new Period(LocalDate.of(2020, 6, 1), LocalDate.of(2020, 11, 30));
  private static final Instant NOW = Instant.parse("2020-08-20T04:00:00Z");

  private AggregateTestFixture<Campaign> fixture;

  @BeforeEach
  void fixture() {
    fixture = new AggregateTestFixture<>(Campaign.class);
    fixture.registerCommandDispatchInterceptor(FixtureActors.senderNamedByCommand());
    fixture.registerInjectableResource(fixture.getEventStore());
  }

  private static LaunchCampaignCommand launch(String name) {
    return new LaunchCampaignCommand(
        ID,
        name,
        CampaignFocus.PIRACY,
        NCAC,
        Set.of(MPS),
        Set.of(GUANGDONG, SHANGHAI),
        PERIOD,
        List.of("Audiovisual works"));
  }

  private static CampaignLaunched launched() {
    return new CampaignLaunched(
        ID,
        "Sword Net 2020",
        CampaignFocus.PIRACY,
        NCAC,
        Set.of(NCAC, MPS),
        Set.of(GUANGDONG, SHANGHAI),
        PERIOD,
        List.of("Audiovisual works"));
  }

  private static RecordSiteRaidedCommand raid(
      String reportId, DepartmentCode department, RegionCode region, LocalDate on, int sites) {
    return new RecordSiteRaidedCommand(
        ID, new ReportId(reportId), department, region, on, "officer", null, sites, null);
  }

  private static SiteRaided raided(
      String reportId, DepartmentCode department, RegionCode region, LocalDate on, int sites) {
    return new SiteRaided(
        ID,
        new ReportId(reportId),
        department,
        region,
        on,
        "officer",
        sites,
        null,
        false,
        Set.of());
  }

  private static RecordGoodsSeizedCommand seize(
      String reportId, DepartmentCode department, String amount) {
    return new RecordGoodsSeizedCommand(
        ID,
        new ReportId(reportId),
        department,
        GUANGDONG,
        LocalDate.of(2020, 8, 1),
        "officer",
        null,
        new CategoryCode("PIRATED_MEDIA"),
        new Quantity(new BigDecimal(amount), new UnitCode("copy")),
        new Money(new BigDecimal("375000.00")),
        "seized at the sites");
  }

  private static GoodsSeized seized(String reportId, DepartmentCode department, String amount) {
    return new GoodsSeized(
        ID,
        new ReportId(reportId),
        department,
        GUANGDONG,
        LocalDate.of(2020, 8, 1),
        "officer",
        new CategoryCode("PIRATED_MEDIA"),
        new Quantity(new BigDecimal(amount), new UnitCode("copy")),
        new Money(new BigDecimal("375000.00")),
        "seized at the sites",
        false,
        Set.of());
  }

  /** A launched campaign in its crackdown, followed by the given events. */
  private static List<Object> inCrackdown(Object... more) {
    List<Object> history = new ArrayList<>();
    history.add(launched());
    history.add(new PhaseAdvanced(ID, Phase.PLANNED, Phase.MOBILISATION));
    history.add(new PhaseAdvanced(ID, Phase.MOBILISATION, Phase.CRACKDOWN));
    history.addAll(List.of(more));
    return history;
  }

  private static Matcher<?> violation(RuleViolation.Kind kind, String field) {
    return new TypeSafeMatcher<RuleViolation>() {
      @Override
      protected boolean matchesSafely(RuleViolation violation) {
        return violation.kind() == kind && field.equals(violation.field());
      }

      @Override
      public void describeTo(Description description) {
        description.appendText("a " + kind + " violation on field " + field);
      }
    };
  }

  @Nested
  @DisplayName("launching")
  class Launching {

    @Test
    @DisplayName("a new campaign is launched with its lead among the participants")
    void launches() {
      fixture
          .givenNoPriorActivity()
          .when(launch("Sword Net 2020"))
          .expectSuccessfulHandlerExecution()
          .expectResultMessagePayload(Acknowledgement.RECORDED)
          .expectEvents(launched());
    }

    @Test
    @DisplayName("the same launch again is acknowledged without a new event")
    void repeatedLaunch() {
      fixture
          .given(launched())
          .when(launch("Sword Net 2020"))
          .expectResultMessagePayload(Acknowledgement.ALREADY_RECORDED)
          .expectNoEvents();
    }

    @Test
    @DisplayName("key points that print alike but differ make another launch, not a retry")
    void keyPointsTellLaunchesApart() {
      LaunchCampaignCommand joined =
          new LaunchCampaignCommand(
              ID,
              "Sword Net 2020",
              CampaignFocus.PIRACY,
              NCAC,
              Set.of(MPS),
              Set.of(GUANGDONG, SHANGHAI),
              PERIOD,
              List.of("Audiovisual works, software"));
      CampaignLaunched apart =
          new CampaignLaunched(
              ID,
              "Sword Net 2020",
              CampaignFocus.PIRACY,
              NCAC,
              Set.of(NCAC, MPS),
              Set.of(GUANGDONG, SHANGHAI),
              PERIOD,
              List.of("Audiovisual works", "software"));
      fixture
          .given(apart)
          .when(joined)
          .expectNoEvents()
          .expectException(violation(RuleViolation.Kind.CONFLICT, "campaignId"));
    }

    @Test
    @DisplayName("another launch under a taken id is a conflict")
    void conflictingLaunch() {
      fixture
          .given(launched())
          .when(launch("Another campaign"))
          .expectNoEvents()
          .expectException(violation(RuleViolation.Kind.CONFLICT, "campaignId"));
    }
  }

  @Nested
  @DisplayName("assigning a task")
  class AssigningTasks {

    private AssignTaskCommand assign(
        DepartmentCode department, RegionCode region, String title, LocalDate due) {
      return new AssignTaskCommand(ID, new TaskId("T-1"), department, region, title, due, null);
    }

    @Test
    @DisplayName("to a participating department within scope")
    void assigns() {
      fixture
          .given(launched())
          .when(assign(MPS, GUANGDONG, "Raid the warehouses", LocalDate.of(2020, 9, 30)))
          .expectResultMessagePayload(Acknowledgement.RECORDED)
          .expectEvents(
              new TaskAssigned(
                  ID,
                  new TaskId("T-1"),
                  MPS,
                  GUANGDONG,
                  "Raid the warehouses",
                  LocalDate.of(2020, 9, 30),
                  Map.of()));
    }

    @Test
    @DisplayName("nationwide, without a region")
    void assignsNationwide() {
      fixture
          .given(launched())
          .when(assign(NCAC, null, "Inspect platforms", LocalDate.of(2020, 9, 30)))
          .expectEvents(
              new TaskAssigned(
                  ID,
                  new TaskId("T-1"),
                  NCAC,
                  null,
                  "Inspect platforms",
                  LocalDate.of(2020, 9, 30),
                  Map.of()));
    }

    @Test
    @DisplayName("refused for a department that does not take part")
    void notParticipating() {
      fixture
          .given(launched())
          .when(assign(SAMR, GUANGDONG, "x", LocalDate.of(2020, 9, 30)))
          .expectNoEvents()
          .expectException(violation(RuleViolation.Kind.RULE, "department"));
    }

    @Test
    @DisplayName("refused for a region out of scope")
    void outOfScope() {
      fixture
          .given(launched())
          .when(assign(MPS, BEIJING, "x", LocalDate.of(2020, 9, 30)))
          .expectNoEvents()
          .expectException(violation(RuleViolation.Kind.RULE, "region"));
    }

    @Test
    @DisplayName("refused when due before the campaign starts")
    void dueTooEarly() {
      fixture
          .given(launched())
          .when(assign(MPS, GUANGDONG, "x", LocalDate.of(2020, 5, 31)))
          .expectNoEvents()
          .expectException(violation(RuleViolation.Kind.RULE, "dueOn"));
    }

    @Test
    @DisplayName("the same assignment again is acknowledged without a new event")
    void repeated() {
      fixture
          .given(
              launched(),
              new TaskAssigned(
                  ID,
                  new TaskId("T-1"),
                  MPS,
                  GUANGDONG,
                  "Raid",
                  LocalDate.of(2020, 9, 30),
                  Map.of()))
          .when(assign(MPS, GUANGDONG, "Raid", LocalDate.of(2020, 9, 30)))
          .expectResultMessagePayload(Acknowledgement.ALREADY_RECORDED)
          .expectNoEvents();
    }

    @Test
    @DisplayName("another task under a taken id is a conflict")
    void conflicting() {
      fixture
          .given(
              launched(),
              new TaskAssigned(
                  ID,
                  new TaskId("T-1"),
                  MPS,
                  GUANGDONG,
                  "Raid",
                  LocalDate.of(2020, 9, 30),
                  Map.of()))
          .when(assign(MPS, GUANGDONG, "Something else", LocalDate.of(2020, 9, 30)))
          .expectNoEvents()
          .expectException(violation(RuleViolation.Kind.CONFLICT, "taskId"));
    }

    @Test
    @DisplayName("to a campaign never launched, the campaign is not found")
    void unknownCampaign() {
      fixture
          .givenNoPriorActivity()
          .when(assign(MPS, GUANGDONG, "x", LocalDate.of(2020, 9, 30)))
          .expectException(AggregateNotFoundException.class);
    }
  }

  @Nested
  @DisplayName("reporting from the field")
  class Reporting {

    @Test
    @DisplayName("a raid by a participant in scope is recorded")
    void raid() {
      fixture
          .given(inCrackdown())
          .andGivenCurrentTime(NOW)
          .when(Reporting.this.raidOn(LocalDate.of(2020, 8, 12)))
          .expectResultMessagePayload(Acknowledgement.RECORDED)
          .expectEvents(raided("R-1", MPS, GUANGDONG, LocalDate.of(2020, 8, 12), 3));
    }

    private RecordSiteRaidedCommand raidOn(LocalDate on) {
      return CampaignAggregateTest.raid("R-1", MPS, GUANGDONG, on, 3);
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
          .when(CampaignAggregateTest.raid("R-1", SAMR, GUANGDONG, LocalDate.of(2020, 8, 12), 1))
          .expectNoEvents()
          .expectException(violation(RuleViolation.Kind.RULE, "department"));
    }

    @Test
    @DisplayName("refused for a region out of scope")
    void outOfScope() {
      fixture
          .given(inCrackdown())
          .andGivenCurrentTime(NOW)
          .when(CampaignAggregateTest.raid("R-1", MPS, BEIJING, LocalDate.of(2020, 8, 12), 1))
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

  @Nested
  @DisplayName("lifecycle")
  class Lifecycle {

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
                  MPS,
                  GUANGDONG,
                  LocalDate.of(2020, 8, 12),
                  "officer",
                  1,
                  null,
                  true,
                  Set.of()));
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
          .when(new SetTargetsCommand(ID, List.of(), Map.of(Indicator.SEIZURES, 10L)))
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
      Map<Indicator, Long> targets = Map.of(Indicator.WEBSITES_CLOSED, 3000L);
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
                  ID, List.of("Close websites"), Map.of(Indicator.WEBSITES_CLOSED, 2884L)))
          .expectEvents(
              new TargetsSet(
                  ID, List.of("Close websites"), Map.of(Indicator.WEBSITES_CLOSED, 2884L)));
    }
  }

  @Nested
  @DisplayName("joint operations and further kinds of report")
  class JointOperations {

    @Test
    @DisplayName("a report names the departments that co-operated")
    void cooperating() {
      fixture
          .given(inCrackdown())
          .andGivenCurrentTime(NOW)
          .when(
              new RecordSuspectsArrestedCommand(
                  ID,
                  new ReportId("A-1"),
                  MPS,
                  GUANGDONG,
                  LocalDate.of(2020, 8, 12),
                  "officer",
                  Set.of(NCAC),
                  null,
                  16))
          .expectEvents(
              new SuspectsArrested(
                  ID,
                  new ReportId("A-1"),
                  MPS,
                  GUANGDONG,
                  LocalDate.of(2020, 8, 12),
                  "officer",
                  16,
                  null,
                  false,
                  Set.of(NCAC)));
    }

    @Test
    @DisplayName("a co-operating department must take part in the campaign")
    void cooperatingMustTakePart() {
      fixture
          .given(inCrackdown())
          .andGivenCurrentTime(NOW)
          .when(
              new RecordWebsitesClosedCommand(
                  ID,
                  new ReportId("W-1"),
                  MPS,
                  GUANGDONG,
                  LocalDate.of(2020, 8, 12),
                  "officer",
                  Set.of(SAMR),
                  null,
                  40))
          .expectNoEvents()
          .expectException(violation(RuleViolation.Kind.RULE, "cooperatingDepartments"));
    }

    @Test
    @DisplayName("cases filed, gangs dismantled and shipments intercepted are recorded")
    void otherKinds() {
      fixture
          .given(inCrackdown())
          .andGivenCurrentTime(NOW)
          .when(
              new RecordCaseFiledCommand(
                  ID,
                  new ReportId("C-1"),
                  NCAC,
                  SHANGHAI,
                  LocalDate.of(2020, 8, 12),
                  "officer",
                  null,
                  null,
                  CaseKind.CRIMINAL,
                  3,
                  new Money(new BigDecimal("1800000"))))
          .expectEvents(
              new CaseFiled(
                  ID,
                  new ReportId("C-1"),
                  NCAC,
                  SHANGHAI,
                  LocalDate.of(2020, 8, 12),
                  "officer",
                  CaseKind.CRIMINAL,
                  3,
                  new Money(new BigDecimal("1800000")),
                  null,
                  false,
                  Set.of()));
      fixture
          .given(inCrackdown())
          .andGivenCurrentTime(NOW)
          .when(
              new RecordGangsDismantledCommand(
                  ID,
                  new ReportId("G-1"),
                  MPS,
                  GUANGDONG,
                  LocalDate.of(2020, 8, 12),
                  "officer",
                  null,
                  null,
                  1))
          .expectSuccessfulHandlerExecution();
      fixture
          .given(
              inCrackdown(
                  new ShipmentsIntercepted(
                      ID,
                      new ReportId("S-1"),
                      MPS,
                      GUANGDONG,
                      LocalDate.of(2020, 8, 12),
                      "officer",
                      12,
                      null,
                      false,
                      Set.of())))
          .andGivenCurrentTime(NOW)
          .when(
              new RecordShipmentsInterceptedCommand(
                  ID,
                  new ReportId("S-1"),
                  MPS,
                  GUANGDONG,
                  LocalDate.of(2020, 8, 12),
                  "officer",
                  null,
                  null,
                  12))
          .expectResultMessagePayload(Acknowledgement.ALREADY_RECORDED)
          .expectNoEvents();
    }
  }

  @Nested
  @DisplayName("corrections and retractions")
  class Corrections {

    private final GoodsSeized original = seized("R-2", MPS, "12500");
    private final GoodsSeized fixed = seized("R-2", MPS, "12000");
    private final GoodsSeized fixedAgain = seized("R-2", MPS, "11800");

    private CorrectReportCommand correct(String amount, String reason) {
      return new CorrectReportCommand(ID, new ReportId("R-2"), seize("R-2", MPS, amount), reason);
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
          .expectEvents(
              new ReportCorrected(ID, new ReportId("R-2"), 3, "second", fixed, fixedAgain));
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
          .when(
              new CorrectReportCommand(
                  ID, new ReportId("R-2"), seize("R-2", NCAC, "12000"), "not mine"))
          .expectNoEvents()
          .expectException(AccessRefusedException.class);
      fixture
          .given(inCrackdown(original))
          .andGivenCurrentTime(NOW)
          .when(
              new CorrectReportCommand(
                  ID,
                  new ReportId("R-2"),
                  raid("R-2", MPS, GUANGDONG, LocalDate.of(2020, 8, 1), 2),
                  "other kind"))
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

  @Nested
  @DisplayName("the life of a task")
  class TaskLife {

    private final TaskId task = new TaskId("T-1");
    private final LocalDate due = LocalDate.of(2020, 9, 30);
    private final Object assigned =
        new TaskAssigned(
            ID,
            task,
            MPS,
            GUANGDONG,
            "Raid the warehouses",
            due,
            Map.of(Indicator.SITES_RAIDED, 5L));
    private final Instant afterDue = Instant.parse("2020-10-01T04:00:00Z");

    @Test
    @DisplayName("assigned with target figures")
    void assignedWithTargets() {
      fixture
          .given(launched())
          .when(
              new AssignTaskCommand(
                  ID,
                  task,
                  MPS,
                  GUANGDONG,
                  "Raid the warehouses",
                  due,
                  Map.of(Indicator.SITES_RAIDED, 5L)))
          .expectEvents(assigned);
    }

    @Test
    @DisplayName("acknowledged, progress noted and completed on time by its department")
    void lifecycle() {
      fixture
          .given(launched(), assigned)
          .when(new AcknowledgeTaskCommand(ID, task, MPS))
          .expectEvents(new TaskAcknowledged(ID, task, MPS));
      fixture
          .given(launched(), assigned, new TaskAcknowledged(ID, task, MPS))
          .when(new AcknowledgeTaskCommand(ID, task, MPS))
          .expectResultMessagePayload(Acknowledgement.ALREADY_RECORDED)
          .expectNoEvents();
      fixture
          .given(launched(), assigned)
          .when(new NoteTaskProgressCommand(ID, task, MPS, "two of five warehouses raided"))
          .expectEvents(new TaskProgressNoted(ID, task, MPS, "two of five warehouses raided"));
      fixture
          .given(launched(), assigned)
          .andGivenCurrentTime(NOW)
          .when(new CompleteTaskCommand(ID, task, MPS, "all five raided"))
          .expectEvents(
              new TaskCompleted(ID, task, MPS, "all five raided", LocalDate.of(2020, 8, 20), true));
    }

    @Test
    @DisplayName("only its department acts on it")
    void otherDepartment() {
      fixture
          .given(launched(), assigned)
          .when(new CompleteTaskCommand(ID, task, NCAC, null))
          .expectNoEvents()
          .expectException(AccessRefusedException.class);
      fixture
          .given(launched(), assigned)
          .when(new AcknowledgeTaskCommand(ID, task, NCAC))
          .expectNoEvents()
          .expectException(AccessRefusedException.class);
    }

    @Test
    @DisplayName("no progress is noted on a finished task")
    void noProgressWhenFinished() {
      fixture
          .given(launched(), assigned, new TaskCancelled(ID, task, MPS, "merged"))
          .when(new NoteTaskProgressCommand(ID, task, MPS, "still working"))
          .expectNoEvents()
          .expectException(violation(RuleViolation.Kind.RULE, "taskId"));
    }

    @Test
    @DisplayName("becomes overdue once its due date has passed unfinished, once")
    void overdue() {
      fixture
          .given(launched(), assigned)
          .andGivenCurrentTime(afterDue)
          .when(new MarkTaskOverdueCommand(ID, task))
          .expectEvents(new TaskOverdue(ID, task, MPS, due));
      fixture
          .given(launched(), assigned, new TaskOverdue(ID, task, MPS, due))
          .andGivenCurrentTime(afterDue)
          .when(new MarkTaskOverdueCommand(ID, task))
          .expectResultMessagePayload(Acknowledgement.ALREADY_RECORDED)
          .expectNoEvents();
      fixture
          .given(launched(), assigned)
          .andGivenCurrentTime(NOW)
          .when(new MarkTaskOverdueCommand(ID, task))
          .expectNoEvents();
      fixture
          .given(
              launched(),
              assigned,
              new TaskCompleted(ID, task, MPS, null, LocalDate.of(2020, 9, 1), true))
          .andGivenCurrentTime(afterDue)
          .when(new MarkTaskOverdueCommand(ID, task))
          .expectNoEvents();
    }

    @Test
    @DisplayName("in a closed campaign, an unfinished task past its due date stays as it was left")
    void notOverdueOnceClosed() {
      fixture
          .given(
              launched(),
              assigned,
              new PhaseAdvanced(ID, Phase.PLANNED, Phase.MOBILISATION),
              new PhaseAdvanced(ID, Phase.MOBILISATION, Phase.CRACKDOWN),
              new PhaseAdvanced(ID, Phase.CRACKDOWN, Phase.REVIEW),
              new CampaignClosed(ID, "done"))
          .andGivenCurrentTime(afterDue)
          .when(new MarkTaskOverdueCommand(ID, task))
          .expectResultMessagePayload(Acknowledgement.ALREADY_RECORDED)
          .expectNoEvents();
    }

    @Test
    @DisplayName("completed after its due date is completed late")
    void completedLate() {
      fixture
          .given(launched(), assigned, new TaskOverdue(ID, task, MPS, due))
          .andGivenCurrentTime(afterDue)
          .when(new CompleteTaskCommand(ID, task, MPS, null))
          .expectEvents(new TaskCompleted(ID, task, MPS, null, LocalDate.of(2020, 10, 1), false));
    }

    @Test
    @DisplayName("reassigned by the office to another participating department")
    void reassigned() {
      fixture
          .given(launched(), assigned)
          .when(new ReassignTaskCommand(ID, task, NCAC, null, LocalDate.of(2020, 10, 31)))
          .expectEvents(
              new TaskReassigned(
                  ID, task, "Raid the warehouses", MPS, NCAC, null, LocalDate.of(2020, 10, 31)));
      fixture
          .given(launched(), assigned)
          .when(new ReassignTaskCommand(ID, task, MPS, GUANGDONG, due))
          .expectResultMessagePayload(Acknowledgement.ALREADY_RECORDED)
          .expectNoEvents();
      fixture
          .given(launched(), assigned)
          .when(new ReassignTaskCommand(ID, task, SAMR, null, due))
          .expectNoEvents()
          .expectException(violation(RuleViolation.Kind.RULE, "department"));
    }

    @Test
    @DisplayName("cancelled with a reason, and then done with")
    void cancelled() {
      fixture
          .given(launched(), assigned)
          .when(new CancelTaskCommand(ID, task, "merged into T-2"))
          .expectEvents(new TaskCancelled(ID, task, MPS, "merged into T-2"));
      fixture
          .given(launched(), assigned, new TaskCancelled(ID, task, MPS, "merged"))
          .when(new CompleteTaskCommand(ID, task, MPS, null))
          .expectNoEvents()
          .expectException(violation(RuleViolation.Kind.RULE, "taskId"));
      fixture
          .given(launched())
          .when(new CancelTaskCommand(ID, task, "no such task"))
          .expectNoEvents()
          .expectException(violation(RuleViolation.Kind.RULE, "taskId"));
    }
  }

  @Nested
  @DisplayName("region scope, judged by where the thing lies now")
  class RegionScope {

    private final Actor mpsShanghai = new Actor("mps.shanghai", Role.DEPARTMENT, MPS, SHANGHAI);
    private final GoodsSeized inGuangdong = seized("R-2", MPS, "12500");
    private final TaskId task = new TaskId("T-1");
    private final Object assignedInGuangdong =
        new TaskAssigned(ID, task, MPS, GUANGDONG, "Raid", LocalDate.of(2020, 9, 30), Map.of());

    @Test
    @DisplayName("a user limited to Shanghai neither corrects nor retracts a Guangdong report")
    void reports() {
      RecordGoodsSeizedCommand intoShanghai =
          new RecordGoodsSeizedCommand(
              ID,
              new ReportId("R-2"),
              MPS,
              SHANGHAI,
              LocalDate.of(2020, 8, 1),
              "officer",
              null,
              new CategoryCode("PIRATED_MEDIA"),
              new Quantity(new BigDecimal("12500"), new UnitCode("copy")),
              new Money(new BigDecimal("375000.00")),
              "seized at the sites");
      fixture
          .given(inCrackdown(inGuangdong))
          .andGivenCurrentTime(NOW)
          .when(
              new CorrectReportCommand(ID, new ReportId("R-2"), intoShanghai, "moved"),
              FixtureActors.sentBy(mpsShanghai))
          .expectNoEvents()
          .expectException(refused("reportId"));
      fixture
          .given(inCrackdown(inGuangdong))
          .when(
              new RetractReportCommand(ID, new ReportId("R-2"), MPS, "entered twice"),
              FixtureActors.sentBy(mpsShanghai))
          .expectNoEvents()
          .expectException(refused("reportId"));
    }

    @Test
    @DisplayName("nor acknowledges, notes or completes a Guangdong task")
    void tasks() {
      for (Object command :
          List.of(
              new AcknowledgeTaskCommand(ID, task, MPS),
              new NoteTaskProgressCommand(ID, task, MPS, "two markets"),
              new CompleteTaskCommand(ID, task, MPS, null))) {
        fixture
            .given(launched(), assignedInGuangdong)
            .when(command, FixtureActors.sentBy(mpsShanghai))
            .expectNoEvents()
            .expectException(refused("taskId"));
      }
    }

    @Test
    @DisplayName("a report corrected into Shanghai is then its to change")
    void followsCorrections() {
      GoodsSeized movedToShanghai =
          new GoodsSeized(
              ID,
              new ReportId("R-2"),
              MPS,
              SHANGHAI,
              LocalDate.of(2020, 8, 1),
              "officer",
              new CategoryCode("PIRATED_MEDIA"),
              new Quantity(new BigDecimal("12500"), new UnitCode("copy")),
              new Money(new BigDecimal("375000.00")),
              "seized at the sites",
              false,
              Set.of());
      fixture
          .given(
              inCrackdown(
                  inGuangdong,
                  new ReportCorrected(
                      ID, new ReportId("R-2"), 2, "moved", inGuangdong, movedToShanghai)))
          .when(
              new RetractReportCommand(ID, new ReportId("R-2"), MPS, "entered twice"),
              FixtureActors.sentBy(mpsShanghai))
          .expectEvents(
              new ReportRetracted(ID, new ReportId("R-2"), "entered twice", movedToShanghai));
    }
  }

  private static Matcher<?> refused(String field) {
    return new TypeSafeMatcher<AccessRefusedException>() {
      @Override
      protected boolean matchesSafely(AccessRefusedException refusal) {
        return field.equals(refusal.field());
      }

      @Override
      public void describeTo(Description description) {
        description.appendText("an access refusal on field " + field);
      }
    };
  }
}
