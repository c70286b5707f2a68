package org.liandong.model.evaluation;

/** Where an indicator's score comes from. */
public enum IndicatorKind {
  /** From the figures the regions' reports add up to as of the round's cut-off, by its rule. */
  COMPUTED,
  /** From the evaluators' scores on the scheme's rubric, each with a justification. */
  ASSESSED
}
