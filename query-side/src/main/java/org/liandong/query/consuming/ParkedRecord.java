package org.liandong.query.consuming;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;

/**
 * A record of the campaign topic that a version of a projection could not take in.
 *
 * @param key the record's key (the campaign's or case's id), null when it had none
 * @param reason why it could not be taken in, as of the last try
 * @param stoppedAt when the version first stopped at it
 * @param deadLetteredAt when an operator parked it on the dead-letter topic, so that the version
 *     went on without it; null while the version is still stopped at it
 */
public record ParkedRecord(
    String projection,
    int version,
    int partition,
    long offset,
    String key,
    String reason,
    Instant stoppedAt,
    Instant deadLetteredAt) {

  /**
   * Whether the version waits at this record: it has taken in nothing after it on its partition.
   */
  @JsonProperty
  public boolean stopping() {
    return deadLetteredAt == null;
  }
}
