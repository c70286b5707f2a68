package org.liandong.model.campaign;

import org.liandong.model.Require;
import org.liandong.model.code.DepartmentCode;
import org.liandong.model.id.CampaignId;
import org.liandong.model.id.TargetId;

/** The office adds a department to a campaign (or takes back one that withdrew). */
public record JoinCampaignCommand(@TargetId CampaignId campaignId, DepartmentCode department) {

  public JoinCampaignCommand {
    Require.present(campaignId, "campaignId");
    Require.present(department, "department");
  }
}
