package org.liandong.model.access;

/** What a user of the platform may do; see docs/security.md for the whole table. */
public enum Role {
  /** The leading-group office: launches, assigns, advances and closes campaigns; reads all. */
  OFFICE,
  /** A department's user: reports, corrects and transfers for its own department. */
  DEPARTMENT,
  /** Scores the regions once a year; reads all. */
  EVALUATOR,
  /**
   * A region's leading-group office (the Hebei office, say): submits its region's self-assessment
   * and appeals; reads its region's evaluation, and nothing of the campaigns' departments.
   */
  PROVINCIAL_OFFICE,
  /** Reads all, changes nothing. */
  AUDITOR,
  /** The platform itself, for what it does on its own (a task's due date passing). */
  SYSTEM;

  /** Whether this role reads everything, who did what included (read-only for some roles). */
  public boolean readsAll() {
    return this == OFFICE || this == EVALUATOR || this == AUDITOR;
  }
}
