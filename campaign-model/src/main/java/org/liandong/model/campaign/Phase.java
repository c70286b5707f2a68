package org.liandong.model.campaign;

/** The phases a campaign moves through, in this order and only forward. */
public enum Phase {
  PLANNED,
  MOBILISATION,
  CRACKDOWN,
  REVIEW,
  CLOSED;

  /** The phase after this one, or null after {@link #CLOSED}. */
  public Phase next() {
    return this == CLOSED ? null : values()[ordinal() + 1];
  }

  /** Whether field reports are accepted in this phase (late ones during the review). */
  public boolean acceptsReports() {
    return this == MOBILISATION || this == CRACKDOWN || this == REVIEW;
  }
}
