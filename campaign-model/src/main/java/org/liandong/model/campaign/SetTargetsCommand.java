package org.liandong.model.campaign;

import java.util.List;
import java.util.Map;
import org.liandong.model.Require;
import org.liandong.model.id.CampaignId;
import org.liandong.model.id.TargetId;

/** The office sets or revises a campaign's key points and target figures; the last set counts. */
public record SetTargetsCommand(
    @TargetId CampaignId campaignId, List<String> keyPoints, Map<Figure, Long> targets) {

  public SetTargetsCommand {
    Require.present(campaignId, "campaignId");
    keyPoints = Sorted.texts(keyPoints, "keyPoints");
    targets = Targets.checked(Require.present(targets, "targets"));
  }
}
