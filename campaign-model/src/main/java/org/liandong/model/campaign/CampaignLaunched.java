package org.liandong.model.campaign;

import java.util.List;
import java.util.Set;
import org.liandong.model.code.DepartmentCode;
import org.liandong.model.code.RegionCode;
import org.liandong.model.event.EventRevision;
import org.liandong.model.id.CampaignId;

/** A campaign was launched. {@code participatingDepartments} includes the lead department. */
@EventRevision("1")
public record CampaignLaunched(
    CampaignId campaignId,
    String name,
    CampaignFocus focus,
    DepartmentCode leadDepartment,
    Set<DepartmentCode> participatingDepartments,
    Set<RegionCode> regions,
    Period period,
    List<String> keyPoints)
    implements CampaignEvent {

  public CampaignLaunched {
    participatingDepartments = Sorted.set(participatingDepartments);
    regions = Sorted.set(regions);
    keyPoints = List.copyOf(keyPoints);
  }
}
