package org.liandong.query.history;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.liandong.model.campaign.CampaignEvent;
import org.liandong.model.campaign.TaskAssigned;
import org.liandong.model.campaign.TaskCancelled;
import org.liandong.model.campaign.TaskCompleted;
import org.liandong.model.campaign.TaskReassigned;
import org.liandong.model.code.DepartmentCode;
import org.liandong.model.code.RegionCode;
import org.liandong.model.envelope.EventEnvelope;
import org.liandong.model.id.CampaignId;
import org.liandong.model.id.TaskId;
import org.liandong.query.InMemoryMongo;
import org.liandong.query.history.TaskLedger.TaskState;

@DisplayName("Tasks as they stood at a moment, folded from the history by recording time")
class TaskLedgerTest {

  private static final CampaignId CAMPAIGN = new CampaignId("KUNLUN-2020");
  private static final DepartmentCode MPS = new DepartmentCode("MPS");
  private static final DepartmentCode SAMR = new DepartmentCode("SAMR");

  private final InMemoryMongo mongo = new InMemoryMongo();

  @AfterEach
  void close() {
    mongo.close();
  }

  private static EventEnvelope at(String day, long sequence, CampaignEvent event) {
    return new EventEnvelope(
        "e-" + sequence, sequence, Instant.parse(day + "T00:00:00Z"), "1", event, null);
  }

  private static TaskAssigned assigned(String task, String region) {
    return new TaskAssigned(
        CAMPAIGN,
        new TaskId(task),
        MPS,
        new RegionCode(region),
        "Check the markets",
        LocalDate.parse("2020-10-01"),
        Map.of());
  }

  private static TaskCompleted completed(String task, DepartmentCode by, boolean onTime) {
    return new TaskCompleted(
        CAMPAIGN, new TaskId(task), by, "done", LocalDate.parse("2020-09-01"), onTime);
  }

  @Test
  @DisplayName("reassignments move a task's region, completions and cancellations count from then")
  void fold() {
    InMemoryMongo.Fed history = mongo.fed(new HistoryProjection());
    history.apply(at("2020-06-01", 1, assigned("T-1", "13")));
    history.apply(at("2020-06-01", 2, assigned("T-2", "13")));
    history.apply(at("2020-06-01", 3, assigned("T-3", "44")));
    history.apply(
        at(
            "2020-07-01",
            4,
            new TaskReassigned(
                CAMPAIGN,
                new TaskId("T-2"),
                "Check the markets",
                MPS,
                SAMR,
                new RegionCode("33"),
                LocalDate.parse("2020-10-01"))));
    history.apply(at("2020-08-01", 5, completed("T-1", MPS, true)));
    history.apply(at("2020-08-01", 6, new TaskCancelled(CAMPAIGN, new TaskId("T-3"), MPS, "x")));
    history.apply(at("2021-03-01", 7, completed("T-2", SAMR, false)));
    TaskLedger ledger = new TaskLedger(mongo.views());

    List<TaskState> byCutOff = ledger.asRecordedBy(Instant.parse("2021-01-31T16:00:00Z"));
    assertThat(byCutOff).hasSize(3);
    TaskState first = task(byCutOff, "T-1");
    assertThat(first.completed()).isTrue();
    assertThat(first.onTime()).isTrue();
    assertThat(first.region()).isEqualTo(new RegionCode("13"));
    TaskState moved = task(byCutOff, "T-2");
    assertThat(moved.region()).isEqualTo(new RegionCode("33"));
    assertThat(moved.department()).isEqualTo(new DepartmentCode("SAMR"));
    assertThat(moved.completed()).isFalse();
    assertThat(task(byCutOff, "T-3").cancelled()).isTrue();

    assertThat(task(ledger.asRecordedBy(Instant.parse("2021-06-01T00:00:00Z")), "T-2").completed())
        .isTrue();
    assertThat(ledger.asRecordedBy(Instant.parse("2020-05-01T00:00:00Z"))).isEmpty();
  }

  private static TaskState task(List<TaskState> tasks, String id) {
    return tasks.stream()
        .filter(task -> task.taskId().value().equals(id))
        .findFirst()
        .orElseThrow();
  }
}
