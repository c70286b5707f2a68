package org.liandong.model.evaluation;

/**
 * What a computed indicator counts when it reads the tasks and case files rather than the reports:
 * a region's tasks and the transfers of its cases, as recorded by the round's cut-off.
 */
public enum Tally {
  /** Tasks assigned to the region and completed. */
  TASKS_COMPLETED,
  /** Tasks assigned to the region and completed by their due date. */
  TASKS_COMPLETED_ON_TIME,
  /** Transfers of the region's cases that the receiving department accepted. */
  TRANSFERS_ACCEPTED
}
