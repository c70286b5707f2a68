package org.liandong.command.campaign;

import static org.liandong.command.campaign.CampaignFixtures.BEIJING;
import static org.liandong.command.campaign.CampaignFixtures.GUANGDONG;
import static org.liandong.command.campaign.CampaignFixtures.ID;
import static org.liandong.command.campaign.CampaignFixtures.MPS;
import static org.liandong.command.campaign.CampaignFixtures.NCAC;
import static org.liandong.command.campaign.CampaignFixtures.SAMR;
import static org.liandong.command.campaign.CampaignFixtures.launched;
import static org.liandong.command.campaign.CampaignFixtures.violation;

import java.time.LocalDate;
import java.util.Map;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.liandong.command.RuleViolation;
import org.liandong.model.campaign.Acknowledgement;
import org.liandong.model.campaign.TaskAssigned;
import org.liandong.model.code.DepartmentCode;
import org.liandong.model.code.RegionCode;
import org.liandong.model.id.TaskId;
import org.liandong.model.task.AssignTaskCommand;

@DisplayName("Campaign aggregate: assigning a task")
class CampaignAssigningTasksTest {

  private final AggregateTestFixture<Campaign> fixture = CampaignFixtures.fixture();

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
                ID, new TaskId("T-1"), MPS, GUANGDONG, "Raid", LocalDate.of(2020, 9, 30), Map.of()))
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
                ID, new TaskId("T-1"), MPS, GUANGDONG, "Raid", LocalDate.of(2020, 9, 30), Map.of()))
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
