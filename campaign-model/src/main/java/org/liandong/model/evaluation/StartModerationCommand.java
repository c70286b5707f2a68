package org.liandong.model.evaluation;

import org.liandong.model.Require;
import org.liandong.model.id.TargetId;

/** The lead evaluator closes the scoring and starts the moderation. */
public record StartModerationCommand(@TargetId RoundId roundId) {

  public StartModerationCommand {
    Require.present(roundId, "roundId");
  }
}
