package org.liandong.query.projection;

/**
 * Whether a view holds every record of the campaign topic, as its totals must say: its projection
 * may be stopped at a record it cannot take in (and so lacks those after it on that partition), or
 * lack records an operator parked on the dead-letter topic. Details at {@code see}.
 *
 * @param recordsStoppedAt records the serving version is stopped at
 * @param recordsDeadLettered records parked on the dead-letter topic, which it lacks for good
 * @param see where the records are listed
 */
public record Coverage(
    boolean incomplete, long recordsStoppedAt, long recordsDeadLettered, String see) {

  public static Coverage of(String projection, long stoppedAt, long deadLettered) {
    return new Coverage(
        stoppedAt + deadLettered > 0, stoppedAt, deadLettered, "/projections/" + projection);
  }
}
