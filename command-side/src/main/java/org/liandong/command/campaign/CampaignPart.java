package org.liandong.command.campaign;

import com.fasterxml.jackson.annotation.JsonBackReference;
import org.liandong.command.SnapshotMember;
import org.liandong.command.SnapshotState;

/**
 * A member of the {@link Campaign} aggregate ({@link SnapshotMember}): it handles the commands
 * about its part of the campaign and turns to the campaign for the rules of the whole.
 */
@SnapshotState
abstract class CampaignPart {

  @JsonBackReference Campaign campaign;

  /** For Jackson, which sets the campaign as it reads a snapshot. */
  CampaignPart() {}

  CampaignPart(Campaign campaign) {
    this.campaign = campaign;
  }
}
