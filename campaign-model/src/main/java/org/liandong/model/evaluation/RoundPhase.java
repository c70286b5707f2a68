package org.liandong.model.evaluation;

/** Where a round stands: each phase follows the one before, and a published round is frozen. */
public enum RoundPhase {
  /** The office edits the scheme and assigns the evaluators. */
  DRAFT,
  /** The provincial offices submit their self-assessments. */
  OPEN,
  /** The evaluators score the regions assigned to them. */
  SCORING,
  /** The lead evaluator settles the scores that are too far apart. */
  MODERATION,
  /** The results are published; regions may appeal within the scheme's window. */
  PUBLISHED
}
