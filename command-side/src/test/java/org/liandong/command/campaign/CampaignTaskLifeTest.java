package org.liandong.command.campaign;

import static org.liandong.command.campaign.CampaignFixtures.GUANGDONG;
import static org.liandong.command.campaign.CampaignFixtures.ID;
import static org.liandong.command.campaign.CampaignFixtures.MPS;
import static org.liandong.command.campaign.CampaignFixtures.NCAC;
import static org.liandong.command.campaign.CampaignFixtures.NOW;
import static org.liandong.command.campaign.CampaignFixtures.SAMR;
import static org.liandong.command.campaign.CampaignFixtures.launched;
import static org.liandong.command.campaign.CampaignFixtures.violation;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.liandong.access.AccessRefusedException;
import org.liandong.command.RuleViolation;
import org.liandong.model.campaign.Acknowledgement;
import org.liandong.model.campaign.CampaignClosed;
import org.liandong.model.campaign.Figure;
import org.liandong.model.campaign.Phase;
import org.liandong.model.campaign.PhaseAdvanced;
import org.liandong.model.campaign.TaskAcknowledged;
import org.liandong.model.campaign.TaskAssigned;
import org.liandong.model.campaign.TaskCancelled;
import org.liandong.model.campaign.TaskCompleted;
import org.liandong.model.campaign.TaskOverdue;
import org.liandong.model.campaign.TaskProgressNoted;
import org.liandong.model.campaign.TaskReassigned;
import org.liandong.model.id.TaskId;
import org.liandong.model.task.AcknowledgeTaskCommand;
import org.liandong.model.task.AssignTaskCommand;
import org.liandong.model.task.CancelTaskCommand;
import org.liandong.model.task.CompleteTaskCommand;
import org.liandong.model.task.MarkTaskOverdueCommand;
import org.liandong.model.task.NoteTaskProgressCommand;
import org.liandong.model.task.ReassignTaskCommand;

@DisplayName("Campaign aggregate: the life of a task")
class CampaignTaskLifeTest {

  private final AggregateTestFixture<Campaign> fixture = CampaignFixtures.fixture();

  private final TaskId task = new TaskId("T-1");
  private final LocalDate due = LocalDate.of(2020, 9, 30);
  private final Object assigned =
      new TaskAssigned(
          ID, task, MPS, GUANGDONG, "Raid the warehouses", due, Map.of(Figure.SITES_RAIDED, 5L));
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
                Map.of(Figure.SITES_RAIDED, 5L)))
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
