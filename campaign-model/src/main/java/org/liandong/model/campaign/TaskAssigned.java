package org.liandong.model.campaign;

import java.time.LocalDate;
import java.util.Map;
import org.liandong.model.code.DepartmentCode;
import org.liandong.model.code.RegionCode;
import org.liandong.model.event.EventRevision;
import org.liandong.model.id.CampaignId;
import org.liandong.model.id.TaskId;

/**
 * A task was assigned to a department; {@code region} is {@code null} for a nationwide task, {@code
 * targets} the figures expected of it (since revision 2).
 */
@EventRevision("2")
public record TaskAssigned(
    CampaignId campaignId,
    TaskId taskId,
    DepartmentCode department,
    RegionCode region,
    String title,
    LocalDate dueOn,
    Map<Figure, Long> targets)
    implements CampaignEvent {

  /** Revision 1 had no target figures: absent, there are none. */
  public TaskAssigned {
    targets = targets == null ? Map.of() : Sorted.targets(targets);
  }
}
