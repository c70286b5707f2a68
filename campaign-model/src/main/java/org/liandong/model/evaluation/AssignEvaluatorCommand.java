package org.liandong.model.evaluation;

import java.util.Collections;
import java.util.Set;
import java.util.TreeSet;
import org.liandong.model.Require;
import org.liandong.model.code.RegionCode;
import org.liandong.model.id.TargetId;

/** The office assigns an evaluator the regions they score. */
public record AssignEvaluatorCommand(
    @TargetId RoundId roundId, String evaluator, RegionCode homeRegion, Set<RegionCode> regions) {

  public AssignEvaluatorCommand {
    Require.present(roundId, "roundId");
    evaluator = Require.text(evaluator, "evaluator", 100);
    regions =
        Collections.unmodifiableSortedSet(new TreeSet<>(Require.notEmpty(regions, "regions")));
  }
}
