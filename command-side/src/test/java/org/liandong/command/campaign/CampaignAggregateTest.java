package org.liandong.command.campaign;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
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
import org.liandong.model.campaign.Acknowledgement;
import org.liandong.model.campaign.AssignTaskCommand;
import org.liandong.model.campaign.CampaignFocus;
import org.liandong.model.campaign.CampaignId;
import org.liandong.model.campaign.CampaignLaunched;
import org.liandong.model.campaign.CategoryCode;
import org.liandong.model.campaign.DepartmentCode;
import org.liandong.model.campaign.GoodsSeized;
import org.liandong.model.campaign.LaunchCampaignCommand;
import org.liandong.model.campaign.Money;
import org.liandong.model.campaign.Period;
import org.liandong.model.campaign.Quantity;
import org.liandong.model.campaign.RecordGoodsSeizedCommand;
import org.liandong.model.campaign.RecordSiteRaidedCommand;
import org.liandong.model.campaign.RegionCode;
import org.liandong.model.campaign.ReportId;
import org.liandong.model.campaign.SiteRaided;
import org.liandong.model.campaign.TaskAssigned;
import org.liandong.model.campaign.TaskId;
import org.liandong.model.campaign.UnitCode;

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
        ID, new ReportId(reportId), department, region, on, "officer", sites, null);
  }

  private static SiteRaided raided(
      String reportId, DepartmentCode department, RegionCode region, LocalDate on, int sites) {
    return new SiteRaided(
        ID, new ReportId(reportId), department, region, on, "officer", sites, null);
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
        "seized at the sites");
  }

  private static Matcher<?> violation(CampaignRuleViolation.Kind kind, String field) {
    return new TypeSafeMatcher<CampaignRuleViolation>() {
      @Override
      protected boolean matchesSafely(CampaignRuleViolation violation) {
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
    @DisplayName("another launch under a taken id is a conflict")
    void conflictingLaunch() {
      fixture
          .given(launched())
          .when(launch("Another campaign"))
          .expectNoEvents()
          .expectException(violation(CampaignRuleViolation.Kind.CONFLICT, "campaignId"));
    }
  }

  @Nested
  @DisplayName("assigning a task")
  class AssigningTasks {

    private AssignTaskCommand assign(
        DepartmentCode department, RegionCode region, String title, LocalDate due) {
      return new AssignTaskCommand(ID, new TaskId("T-1"), department, region, title, due);
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
                  LocalDate.of(2020, 9, 30)));
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
                  LocalDate.of(2020, 9, 30)));
    }

    @Test
    @DisplayName("refused for a department that does not take part")
    void notParticipating() {
      fixture
          .given(launched())
          .when(assign(SAMR, GUANGDONG, "x", LocalDate.of(2020, 9, 30)))
          .expectNoEvents()
          .expectException(violation(CampaignRuleViolation.Kind.RULE, "department"));
    }

    @Test
    @DisplayName("refused for a region out of scope")
    void outOfScope() {
      fixture
          .given(launched())
          .when(assign(MPS, BEIJING, "x", LocalDate.of(2020, 9, 30)))
          .expectNoEvents()
          .expectException(violation(CampaignRuleViolation.Kind.RULE, "region"));
    }

    @Test
    @DisplayName("refused when due before the campaign starts")
    void dueTooEarly() {
      fixture
          .given(launched())
          .when(assign(MPS, GUANGDONG, "x", LocalDate.of(2020, 5, 31)))
          .expectNoEvents()
          .expectException(violation(CampaignRuleViolation.Kind.RULE, "dueOn"));
    }

    @Test
    @DisplayName("the same assignment again is acknowledged without a new event")
    void repeated() {
      fixture
          .given(
              launched(),
              new TaskAssigned(
                  ID, new TaskId("T-1"), MPS, GUANGDONG, "Raid", LocalDate.of(2020, 9, 30)))
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
                  ID, new TaskId("T-1"), MPS, GUANGDONG, "Raid", LocalDate.of(2020, 9, 30)))
          .when(assign(MPS, GUANGDONG, "Something else", LocalDate.of(2020, 9, 30)))
          .expectNoEvents()
          .expectException(violation(CampaignRuleViolation.Kind.CONFLICT, "taskId"));
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
          .given(launched())
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
          .given(launched())
          .andGivenCurrentTime(NOW)
          .when(seize("R-2", MPS, "12500"))
          .expectResultMessagePayload(Acknowledgement.RECORDED)
          .expectEvents(seized("R-2", MPS, "12500"));
    }

    @Test
    @DisplayName("a report happening today in Beijing time is not in the future")
    void todayInBeijing() {
      fixture
          .given(launched())
          .andGivenCurrentTime(Instant.parse("2020-08-19T17:00:00Z"))
          .when(raidOn(LocalDate.of(2020, 8, 20)))
          .expectSuccessfulHandlerExecution();
    }

    @Test
    @DisplayName("refused from a department that does not take part")
    void notParticipating() {
      fixture
          .given(launched())
          .andGivenCurrentTime(NOW)
          .when(CampaignAggregateTest.raid("R-1", SAMR, GUANGDONG, LocalDate.of(2020, 8, 12), 1))
          .expectNoEvents()
          .expectException(violation(CampaignRuleViolation.Kind.RULE, "department"));
    }

    @Test
    @DisplayName("refused for a region out of scope")
    void outOfScope() {
      fixture
          .given(launched())
          .andGivenCurrentTime(NOW)
          .when(CampaignAggregateTest.raid("R-1", MPS, BEIJING, LocalDate.of(2020, 8, 12), 1))
          .expectNoEvents()
          .expectException(violation(CampaignRuleViolation.Kind.RULE, "region"));
    }

    @Test
    @DisplayName("refused when it happened in the future")
    void future() {
      fixture
          .given(launched())
          .andGivenCurrentTime(NOW)
          .when(raidOn(LocalDate.of(2020, 8, 21)))
          .expectNoEvents()
          .expectException(violation(CampaignRuleViolation.Kind.RULE, "occurredOn"));
    }

    @Test
    @DisplayName("refused when it happened before the campaign started")
    void beforeStart() {
      fixture
          .given(launched())
          .andGivenCurrentTime(NOW)
          .when(raidOn(LocalDate.of(2020, 5, 31)))
          .expectNoEvents()
          .expectException(violation(CampaignRuleViolation.Kind.RULE, "occurredOn"));
    }

    @Test
    @DisplayName("the same report again is acknowledged without a new event")
    void retried() {
      fixture
          .given(launched(), seized("R-2", MPS, "12500"))
          .andGivenCurrentTime(NOW)
          .when(seize("R-2", MPS, "12500.000"))
          .expectResultMessagePayload(Acknowledgement.ALREADY_RECORDED)
          .expectNoEvents();
    }

    @Test
    @DisplayName("a different report under a taken id is a conflict")
    void conflicting() {
      fixture
          .given(launched(), seized("R-2", MPS, "12500"))
          .andGivenCurrentTime(NOW)
          .when(seize("R-2", MPS, "12501"))
          .expectNoEvents()
          .expectException(violation(CampaignRuleViolation.Kind.CONFLICT, "reportId"));
    }

    @Test
    @DisplayName("a raid's id reused for a seizure is a conflict")
    void idReusedAcrossKinds() {
      fixture
          .given(launched(), raided("R-1", MPS, GUANGDONG, LocalDate.of(2020, 8, 12), 3))
          .andGivenCurrentTime(NOW)
          .when(seize("R-1", MPS, "10"))
          .expectNoEvents()
          .expectException(violation(CampaignRuleViolation.Kind.CONFLICT, "reportId"));
    }
  }
}
