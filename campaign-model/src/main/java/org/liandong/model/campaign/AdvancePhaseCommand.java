package org.liandong.model.campaign;

import org.liandong.model.Require;
import org.liandong.model.id.CampaignId;
import org.liandong.model.id.TargetId;

/** The office moves a campaign to its next phase (closing has its own command). */
public record AdvancePhaseCommand(@TargetId CampaignId campaignId, Phase to) {

  public AdvancePhaseCommand {
    Require.present(campaignId, "campaignId");
    Require.present(to, "to");
  }
}
