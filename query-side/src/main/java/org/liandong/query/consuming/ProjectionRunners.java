package org.liandong.query.consuming;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.liandong.query.projection.Projection;
import org.liandong.query.projection.ProjectionState;
import org.liandong.query.projection.ProjectionVersions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.SmartLifecycle;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

/**
 * Keeps a {@link ProjectionRunner} going for every version of every projection that {@link
 * ProjectionVersions} lists: the serving one, the one being rebuilt, and the one the last rebuild
 * replaced (kept current, so that the two can be compared), checking again every {@code
 * progressInterval} so that a switch-over made by another node is followed here too. Each check has
 * the {@link ProgressMeter} measure every version and the {@link SwitchOver} decide whether a
 * rebuilt one takes over.
 */
@Component
class ProjectionRunners implements SmartLifecycle {

  private static final Logger log = LoggerFactory.getLogger(ProjectionRunners.class);

  private final List<Projection> projections;
  private final ProjectionVersions versions;
  private final MongoTemplate mongo;
  private final ConsumingProperties properties;
  private final ApplicationEventPublisher updates;
  private final ParkedRecords parked;
  private final SwitchOver switchOver;
  private final Map<String, ProjectionRunner> runners = new HashMap<>();
  private volatile Map<String, ProjectionStatus> statuses = Map.of();
  private ScheduledExecutorService checks;
  private ProgressMeter meter;
  private volatile boolean running;

  ProjectionRunners(
      List<Projection> projections,
      ProjectionVersions versions,
      MongoTemplate mongo,
      ConsumingProperties properties,
      ApplicationEventPublisher updates,
      ParkedRecords parked) {
    this.projections = projections;
    this.versions = versions;
    this.mongo = mongo;
    this.properties = properties;
    this.updates = updates;
    this.parked = parked;
    this.switchOver = new SwitchOver(versions);
  }

  @Override
  public synchronized void start() {
    meter = new ProgressMeter(properties, parked);
    projections.forEach(projection -> versions.register(projection.name()));
    running = true;
    check();
    checks = Executors.newSingleThreadScheduledExecutor(r -> new Thread(r, "projection-checks"));
    long interval = properties.progressInterval().toMillis();
    checks.scheduleWithFixedDelay(this::checkSafely, interval, interval, TimeUnit.MILLISECONDS);
  }

  @Override
  public synchronized void stop() {
    running = false;
    checks.shutdownNow();
    runners.values().forEach(ProjectionRunner::stop);
    runners.clear();
    meter.close();
  }

  @Override
  public boolean isRunning() {
    return running;
  }

  /** Every projection's versions and how far each is, as of the last check. */
  List<ProjectionStatus> statuses() {
    return projections.stream()
        .map(projection -> statuses.get(projection.name()))
        .filter(status -> status != null)
        .toList();
  }

  Optional<ProjectionStatus> status(String projection) {
    return Optional.ofNullable(statuses.get(projection));
  }

  boolean knows(String projection) {
    return projections.stream().anyMatch(known -> known.name().equals(projection));
  }

  /**
   * Starts rebuilding a projection into a new version.
   *
   * @return its status with the new version, or empty when a rebuild is under way already
   */
  synchronized Optional<ProjectionStatus> rebuild(String projection) {
    Optional<ProjectionState> started = versions.startRebuild(projection);
    started.ifPresent(
        state ->
            log.info(
                "rebuilding {} into version {} from the start of the topic",
                projection,
                state.building()));
    if (started.isEmpty()) {
      return Optional.empty();
    }
    check();
    versions.dropUnused(projection);
    parked.forgetVersionsBut(projection, versions.state(projection).versions());
    return status(projection);
  }

  private void checkSafely() {
    try {
      check();
    } catch (RuntimeException e) {
      log.warn("checking the projections failed, trying again: {}", e.toString());
    }
  }

  private synchronized void check() {
    if (!running) {
      return;
    }
    Map<String, ProjectionState> states =
        projections.stream()
            .map(projection -> versions.state(projection.name()))
            .collect(Collectors.toMap(ProjectionState::name, Function.identity()));
    projections.forEach(projection -> runVersionsOf(projection, states.get(projection.name())));
    Map<String, ProjectionStatus> measured = meter.measure(states.values(), runners.keySet());
    for (ProjectionState state : states.values()) {
      if (switchOver.decide(state, measured.get(state.name()))) {
        meter.finished(state.name());
        runVersionsOf(projection(state.name()), versions.state(state.name()));
      }
    }
    statuses = Map.copyOf(measured);
  }

  /** Starts the runners the projection's state calls for, and stops the others. */
  private void runVersionsOf(Projection projection, ProjectionState state) {
    Set<Integer> wanted = state.versions();
    runners
        .entrySet()
        .removeIf(
            entry -> {
              ProjectionRunner runner = entry.getValue();
              boolean stale =
                  runner.projection() == projection && !wanted.contains(runner.version());
              if (stale) {
                runner.stop();
              }
              return stale;
            });
    for (int version : wanted) {
      ProjectionRunner runner =
          runners.computeIfAbsent(
              ProjectionRunner.groupId(properties, projection.name(), version),
              group -> {
                ProjectionRunner started =
                    new ProjectionRunner(
                        projection, version, mongo.getDb(), parked, properties, updates);
                started.start();
                return started;
              });
      runner.serving(version == state.serving());
    }
  }

  private Projection projection(String name) {
    return projections.stream().filter(p -> p.name().equals(name)).findFirst().orElseThrow();
  }
}
