package org.liandong.query.consuming;

import java.time.Duration;
import java.time.Instant;

/**
 * A rebuild under way; counts, rate and time left are null until they could be measured.
 *
 * @param eventsPerSecond events taken in per second since this node first measured the rebuild
 * @param secondsLeft the events behind at that rate
 */
public record RebuildProgress(
    int version,
    String collection,
    Instant startedAt,
    Long eventsDone,
    Long eventsTotal,
    Long eventsBehind,
    Long eventsPerSecond,
    Long secondsLeft) {

  /** Where a node first measured a rebuild, to tell its rate from. */
  record Start(int version, Instant at, long eventsDone) {}

  static RebuildProgress of(VersionProgress rebuilt, Instant startedAt, Start start, Instant now) {
    Long rate = null;
    Long left = null;
    double seconds = start == null ? 0 : Duration.between(start.at(), now).toMillis() / 1000.0;
    if (seconds > 0 && rebuilt.eventsDone() != null) {
      rate = Math.round((rebuilt.eventsDone() - start.eventsDone()) / seconds);
      left = rate > 0 ? (long) Math.ceil(rebuilt.eventsBehind() / (double) rate) : null;
    }
    return new RebuildProgress(
        rebuilt.version(),
        rebuilt.collection(),
        startedAt,
        rebuilt.eventsDone(),
        rebuilt.eventsTotal(),
        rebuilt.eventsBehind(),
        rate,
        left);
  }

  /** Whether this version is no further behind the topic than the one serving reads. */
  boolean caughtUpWith(VersionProgress serving) {
    return eventsBehind != null
        && serving.eventsBehind() != null
        && eventsBehind <= serving.eventsBehind();
  }
}
