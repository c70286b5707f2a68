package org.liandong.model.evaluation;

/** What the lead evaluator decides on an appeal. */
public enum AppealDecision {
  /** The published score stands. */
  UPHELD,
  /** The score is amended, visibly: the published one stays readable beside it. */
  AMENDED
}
