package org.liandong.model.campaign;

import org.liandong.model.Require;

/** The office adds a department to a campaign (or takes back one that withdrew). */
public record JoinCampaignCommand(@TargetId CampaignId campaignId, DepartmentCode department) {

  public JoinCampaignCommand {
    Require.present(campaignId, "campaignId");
    Require.present(department, "department");
  }
}
