package org.liandong.command.access;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.liandong.access.AccessRefusedException;
import org.liandong.model.access.Actor;
import org.liandong.model.access.Role;
import org.liandong.model.campaign.AdvancePhaseCommand;
import org.liandong.model.campaign.CorrectReportCommand;
import org.liandong.model.campaign.Phase;
import org.liandong.model.campaign.RecordReportCommand;
import org.liandong.model.campaign.ReportHeader;
import org.liandong.model.campaign.SiteRaid;
import org.liandong.model.code.DepartmentCode;
import org.liandong.model.code.RegionCode;
import org.liandong.model.id.CampaignId;
import org.liandong.model.id.ReportId;
import org.liandong.model.id.TaskId;
import org.liandong.model.task.MarkTaskOverdueCommand;

@DisplayName("Who may send which command")
class CommandPermissionsTest {

  private static final CampaignId CAMPAIGN = new CampaignId("PERM-2021");
  private static final Actor OFFICE = new Actor("office", Role.OFFICE, null, null);
  private static final Actor AUDITOR = new Actor("auditor", Role.AUDITOR, null, null);
  private static final Actor MPS =
      new Actor("mps", Role.DEPARTMENT, new DepartmentCode("MPS"), null);
  private static final Actor MPS_HEBEI =
      new Actor("mps.hebei", Role.DEPARTMENT, new DepartmentCode("MPS"), new RegionCode("13"));

  private static RecordReportCommand raid(String department, String region) {
    return new RecordReportCommand(
        CAMPAIGN,
        new ReportId("R-1"),
        new ReportHeader(
            new DepartmentCode(department),
            new RegionCode(region),
            LocalDate.of(2021, 4, 1),
            "tester",
            Set.of(),
            null),
        new SiteRaid(1));
  }

  @Test
  @DisplayName("the office runs campaigns; nobody else does")
  void officeCommands() {
    AdvancePhaseCommand advance = new AdvancePhaseCommand(CAMPAIGN, Phase.CRACKDOWN);
    assertThatCode(() -> CommandPermissions.check(OFFICE, advance)).doesNotThrowAnyException();
    for (Actor other : new Actor[] {AUDITOR, MPS, Actor.SYSTEM}) {
      assertThatThrownBy(() -> CommandPermissions.check(other, advance))
          .isInstanceOf(AccessRefusedException.class);
    }
  }

  @Test
  @DisplayName("a department reports only in its own name, and in its region when limited to one")
  void reports() {
    assertThatCode(() -> CommandPermissions.check(MPS, raid("MPS", "44")))
        .doesNotThrowAnyException();
    assertThatCode(() -> CommandPermissions.check(MPS_HEBEI, raid("MPS", "13")))
        .doesNotThrowAnyException();
    assertThatThrownBy(() -> CommandPermissions.check(MPS, raid("SAMR", "44")))
        .isInstanceOf(AccessRefusedException.class)
        .extracting("field")
        .isEqualTo("department");
    assertThatThrownBy(() -> CommandPermissions.check(MPS_HEBEI, raid("MPS", "44")))
        .extracting("field")
        .isEqualTo("region");
    assertThatThrownBy(() -> CommandPermissions.check(OFFICE, raid("MPS", "44")))
        .isInstanceOf(AccessRefusedException.class);
    CorrectReportCommand moved = new CorrectReportCommand(raid("MPS", "44"), "moved");
    assertThatThrownBy(() -> CommandPermissions.check(MPS_HEBEI, moved))
        .extracting("field")
        .isEqualTo("region");
  }

  @Test
  @DisplayName("only the platform marks a task overdue")
  void overdue() {
    MarkTaskOverdueCommand overdue = new MarkTaskOverdueCommand(CAMPAIGN, new TaskId("T-1"));
    assertThatCode(() -> CommandPermissions.check(Actor.SYSTEM, overdue))
        .doesNotThrowAnyException();
    assertThatThrownBy(() -> CommandPermissions.check(OFFICE, overdue))
        .isInstanceOf(AccessRefusedException.class);
  }
}
