package org.liandong.model.campaign;

import java.util.List;
import java.util.Set;
import org.liandong.model.Require;
import org.liandong.model.code.DepartmentCode;
import org.liandong.model.code.RegionCode;
import org.liandong.model.id.CampaignId;
import org.liandong.model.id.TargetId;

/**
 * The office launches a campaign. The lead department always takes part, whether or not it is also
 * listed among the participating departments.
 */
public record LaunchCampaignCommand(
    @TargetId CampaignId campaignId,
    String name,
    CampaignFocus focus,
    DepartmentCode leadDepartment,
    Set<DepartmentCode> participatingDepartments,
    Set<RegionCode> regions,
    Period period,
    List<String> keyPoints) {

  public LaunchCampaignCommand {
    Require.present(campaignId, "campaignId");
    name = Require.text(name, "name", 200);
    Require.present(focus, "focus");
    Require.present(leadDepartment, "leadDepartment");
    participatingDepartments =
        Sorted.set(
            participatingDepartments == null
                ? Set.of()
                : Require.noNulls(participatingDepartments, "participatingDepartments"));
    regions = Sorted.set(Require.notEmpty(regions, "regions"));
    Require.present(period, "period");
    keyPoints = Sorted.texts(keyPoints, "keyPoints");
  }
}
