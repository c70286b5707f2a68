package org.liandong.model.campaign;

import org.liandong.model.Require;
import org.liandong.model.code.DepartmentCode;
import org.liandong.model.id.CampaignId;
import org.liandong.model.id.TargetId;

/** The office records that a department withdraws; its history stays, it reports no more. */
public record WithdrawFromCampaignCommand(
    @TargetId CampaignId campaignId, DepartmentCode department, String reason) {

  public WithdrawFromCampaignCommand {
    Require.present(campaignId, "campaignId");
    Require.present(department, "department");
    reason = Require.text(reason, "reason", 1000);
  }
}
