package org.liandong.model.campaign;

import java.util.Set;
import org.liandong.model.Require;
import org.liandong.model.code.RegionCode;
import org.liandong.model.id.CampaignId;
import org.liandong.model.id.TargetId;

/** The office widens a campaign's scope to more regions. */
public record AddRegionsCommand(@TargetId CampaignId campaignId, Set<RegionCode> regions) {

  public AddRegionsCommand {
    Require.present(campaignId, "campaignId");
    regions = Sorted.set(Require.notEmpty(regions, "regions"));
  }
}
