package org.liandong.model.evaluation;

import org.liandong.model.Require;
import org.liandong.model.id.TargetId;

/** The lead evaluator publishes the results. */
public record PublishResultsCommand(@TargetId RoundId roundId) {

  public PublishResultsCommand {
    Require.present(roundId, "roundId");
  }
}
