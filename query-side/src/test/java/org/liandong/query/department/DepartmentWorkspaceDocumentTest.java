package org.liandong.query.department;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.bson.Document;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.liandong.model.campaign.Figure;
import org.liandong.query.department.DepartmentWorkspaceDocument.Role;
import org.liandong.query.department.DepartmentWorkspaceDocument.TaskStatus;

@DisplayName("A department workspace stored before the typed documents")
class DepartmentWorkspaceDocumentTest {

  /** As the projection wrote it before it had a document type: the same shape it writes now. */
  private static final String STORED =
      """
      {"_id": "MPS",
       "totals": {"reports": {"$numberLong": "1"}, "sitesRaided": {"$numberLong": "3"}},
       "jointTotals": {"reports": {"$numberLong": "2"}},
       "byRegion": {"13": {"reports": {"$numberLong": "1"}}},
       "campaigns": {"SWORD-NET-2020": {
         "role": "PARTICIPANT", "lastSequence": {"$numberLong": "9"},
         "totals": {"reports": {"$numberLong": "1"}},
         "tasks": {"T-1": {"title": "Raid the Baigou workshops", "region": "13",
                           "dueOn": "2020-09-30", "status": "COMPLETED", "overdue": true,
                           "targets": {"SITES_RAIDED": {"$numberLong": "5"}},
                           "notes": {"$numberLong": "2"}, "lastNote": "second raid done",
                           "completedOn": "2020-10-02", "onTime": false}}}}}
      """;

  @Test
  @DisplayName("is read typed: its figures, and per campaign its role, figures and tasks")
  void readsTyped() {
    DepartmentWorkspaceDocument workspace =
        DepartmentWorkspaceDocument.read(Document.parse(STORED));

    assertThat(workspace.figures().totals().count(Figure.SITES_RAIDED)).isEqualTo(3);
    assertThat(workspace.figures().jointTotals().reports()).isEqualTo(2);
    DepartmentWorkspaceDocument.Campaign campaign = workspace.campaigns().get("SWORD-NET-2020");
    assertThat(campaign.role()).isEqualTo(Role.PARTICIPANT);
    assertThat(campaign.figures().totals().reports()).isEqualTo(1);
    DepartmentWorkspaceDocument.Task task = campaign.tasks().get("T-1");
    assertThat(task.status()).isEqualTo(TaskStatus.COMPLETED);
    assertThat(task.dueOn()).isEqualTo(LocalDate.of(2020, 9, 30));
    assertThat(task.targets()).containsEntry(Figure.SITES_RAIDED, 5L);
    assertThat(task.notes()).isEqualTo(2);
    assertThat(task.onTime()).isFalse();
  }

  @Test
  @DisplayName("a department with no document reads as an empty workspace")
  void none() {
    assertThat(DepartmentWorkspaceDocument.read(null).campaigns()).isEmpty();
  }
}
