package org.liandong.query.consuming;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.liandong.query.projection.ProjectionState;
import org.liandong.query.projection.ProjectionVersions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * When a rebuilt version takes over reads: once it is no further behind the topic than the serving
 * one, it is at least as fresh from then on (ADR 0007). Until then, says how the rebuild goes, at
 * most every {@link #LOG_EVERY}.
 */
final class SwitchOver {

  private static final Logger log = LoggerFactory.getLogger(SwitchOver.class);
  private static final Duration LOG_EVERY = Duration.ofSeconds(5);

  private final ProjectionVersions versions;
  private final Map<String, Instant> lastLogged = new HashMap<>();

  SwitchOver(ProjectionVersions versions) {
    this.versions = versions;
  }

  /**
   * Lets the projection's rebuilt version serve reads if it has caught up.
   *
   * @return whether it took over here; false also when another node switched over first
   */
  boolean decide(ProjectionState state, ProjectionStatus status) {
    RebuildProgress rebuild = status.building();
    if (rebuild == null) {
      return false;
    }
    logProgress(status.name(), rebuild);
    if (!rebuild.caughtUpWith(status.serving())
        || !versions.switchOver(state.name(), state.building())) {
      return false;
    }
    log.info(
        "{} version {} has caught up with the topic after {} events in {} and serves reads"
            + " now, in place of version {}",
        state.name(),
        state.building(),
        rebuild.eventsDone(),
        Duration.between(state.rebuildStartedAt(), Instant.now()),
        state.serving());
    return true;
  }

  private void logProgress(String projection, RebuildProgress rebuild) {
    Instant now = Instant.now();
    Instant last = lastLogged.get(projection);
    if (last != null && last.plus(LOG_EVERY).isAfter(now)) {
      return;
    }
    lastLogged.put(projection, now);
    log.info(
        "rebuilding {} into version {}: {} of {} events{}",
        projection,
        rebuild.version(),
        rebuild.eventsDone(),
        rebuild.eventsTotal(),
        rebuild.eventsPerSecond() == null
            ? ""
            : ", %d events/s, about %s s left"
                .formatted(
                    rebuild.eventsPerSecond(),
                    rebuild.secondsLeft() == null ? "?" : rebuild.secondsLeft()));
  }
}
