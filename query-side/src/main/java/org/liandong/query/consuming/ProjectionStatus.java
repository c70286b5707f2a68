package org.liandong.query.consuming;

import java.time.Instant;
import java.util.List;
import org.liandong.query.projection.ProjectionState;

/**
 * A projection's versions, how far each is, and the records they could not take in.
 *
 * @param building the rebuild under way, or null
 * @param previous the version the last rebuild replaced, kept current until the next, or null
 * @param switchedAt when the last rebuild took over, or null
 * @param parked the records a version is stopped at, or that were parked on the dead-letter topic
 * @param incomplete whether the version serving reads lacks records of the topic: it is stopped at
 *     one (and so at those after it on that partition), or one was parked on the dead-letter topic
 * @param deadLetterTopic where parked records go
 */
public record ProjectionStatus(
    String name,
    VersionProgress serving,
    RebuildProgress building,
    VersionProgress previous,
    Instant switchedAt,
    List<ParkedRecord> parked,
    boolean incomplete,
    String deadLetterTopic) {

  static ProjectionStatus of(
      ProjectionState state,
      VersionProgress serving,
      RebuildProgress building,
      VersionProgress previous,
      List<ParkedRecord> parked,
      String topic) {
    List<ParkedRecord> kept =
        parked.stream().filter(record -> state.versions().contains(record.version())).toList();
    return new ProjectionStatus(
        state.name(),
        serving,
        building,
        previous,
        state.switchedAt(),
        kept,
        kept.stream().anyMatch(record -> record.version() == state.serving()),
        topic + DeadLetterTopic.SUFFIX);
  }

  /** The records a listed version is stopped at now. */
  public List<ParkedRecord> stopping() {
    return parked.stream().filter(ParkedRecord::stopping).toList();
  }
}
