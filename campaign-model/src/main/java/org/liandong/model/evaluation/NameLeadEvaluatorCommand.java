package org.liandong.model.evaluation;

import org.liandong.model.Require;
import org.liandong.model.id.TargetId;

/** The office names the round's lead evaluator. */
public record NameLeadEvaluatorCommand(@TargetId RoundId roundId, String evaluator) {

  public NameLeadEvaluatorCommand {
    Require.present(roundId, "roundId");
    evaluator = Require.text(evaluator, "evaluator", 100);
  }
}
