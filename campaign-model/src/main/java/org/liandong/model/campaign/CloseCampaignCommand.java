package org.liandong.model.campaign;

import org.liandong.model.Require;
import org.liandong.model.id.CampaignId;
import org.liandong.model.id.TargetId;

/** The office closes a campaign after its review, with a written summary. */
public record CloseCampaignCommand(@TargetId CampaignId campaignId, String summary) {

  public CloseCampaignCommand {
    Require.present(campaignId, "campaignId");
    summary = Require.text(summary, "summary", 20000);
  }
}
