package org.liandong.query.consuming;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.liandong.query.projection.Projection;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * The projections' health: {@code DOWN} while a version is stopped at a record, naming the
 * projection, version, partition, offset and reason (shown at {@code /actuator/health} to a
 * signed-in user). Two gauges per projection count the records its listed versions are stopped at
 * ({@code liandong.projection.records.stopped}) and those parked on the dead-letter topic ({@code
 * liandong.projection.records.dead.lettered}).
 */
@Component("projections")
class ProjectionHealth implements HealthIndicator {

  private final ProjectionRunners runners;

  ProjectionHealth(ProjectionRunners runners, List<Projection> projections, MeterRegistry meters) {
    this.runners = runners;
    for (Projection projection : projections) {
      Gauge.builder(
              "liandong.projection.records.stopped",
              () -> parked(projection.name()).stream().filter(ParkedRecord::stopping).count())
          .tag("projection", projection.name())
          .description("records a version of the projection is stopped at")
          .register(meters);
      Gauge.builder(
              "liandong.projection.records.dead.lettered",
              () -> parked(projection.name()).stream().filter(r -> !r.stopping()).count())
          .tag("projection", projection.name())
          .description("records parked on the dead-letter topic, which the projection lacks")
          .register(meters);
    }
  }

  @Override
  public Health health() {
    Map<String, Object> stopped = new LinkedHashMap<>();
    Map<String, Object> incomplete = new LinkedHashMap<>();
    for (ProjectionStatus status : runners.statuses()) {
      status
          .stopping()
          .forEach(
              record ->
                  stopped.put(
                      "%s v%d partition %d offset %d"
                          .formatted(
                              record.projection(),
                              record.version(),
                              record.partition(),
                              record.offset()),
                      record.reason()));
      if (status.incomplete()) {
        incomplete.put(status.name(), "lacks records; see /projections/" + status.name());
      }
    }
    Health.Builder health = stopped.isEmpty() ? Health.up() : Health.down();
    if (!stopped.isEmpty()) {
      health.withDetail("stoppedAt", stopped);
    }
    if (!incomplete.isEmpty()) {
      health.withDetail("incomplete", incomplete);
    }
    return health.build();
  }

  private List<ParkedRecord> parked(String projection) {
    return runners.status(projection).map(ProjectionStatus::parked).orElse(List.of());
  }
}
