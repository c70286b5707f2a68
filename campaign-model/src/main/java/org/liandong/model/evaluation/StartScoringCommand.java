package org.liandong.model.evaluation;

import org.liandong.model.Require;
import org.liandong.model.id.TargetId;

/** The office starts the scoring. */
public record StartScoringCommand(@TargetId RoundId roundId) {

  public StartScoringCommand {
    Require.present(roundId, "roundId");
  }
}
