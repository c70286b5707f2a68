package org.liandong.model.evaluation;

import org.liandong.model.Require;
import org.liandong.model.id.TargetId;

/** The office opens the round for self-assessments. */
public record OpenRoundCommand(@TargetId RoundId roundId) {

  public OpenRoundCommand {
    Require.present(roundId, "roundId");
  }
}
