package org.liandong.model.evaluation;

/** How a computed indicator turns a region's figure into points. */
public enum ScoringRule {
  /** Points in proportion to the figure up to the indicator's target, full points from there. */
  LINEAR_TO_TARGET,
  /**
   * Points by the region's rank among the regions evaluated: full points for the first, none for
   * the last, evenly between; regions with equal figures share a rank.
   */
  RANK_AMONG_REGIONS,
  /**
   * The points of the highest of the indicator's bands the figure reaches, none below the lowest:
   * thresholds rising, points never falling as they rise, the top band worth at most the
   * indicator's points.
   */
  BANDED
}
