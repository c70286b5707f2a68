package org.liandong.query.consuming;

import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.liandong.query.projection.ProjectionState;

/**
 * Measures how far every version of every projection is: its group's committed offsets against the
 * topic's, and for a rebuild its rate and the time left, from where this node first measured it.
 */
final class ProgressMeter implements AutoCloseable {

  private final ConsumingProperties properties;
  private final ParkedRecords parked;
  private final TopicMeasure topic;
  private final Map<String, RebuildProgress.Start> rebuildStarts = new HashMap<>();

  ProgressMeter(ConsumingProperties properties, ParkedRecords parked) {
    this.properties = properties;
    this.parked = parked;
    this.topic = new TopicMeasure(properties);
  }

  @Override
  public void close() {
    topic.close();
  }

  /**
   * The status of each projection in {@code states}, by name, from one reading of the topic and of
   * the parked records.
   *
   * @param groups the consumer groups running on this node, whose offsets to read
   */
  Map<String, ProjectionStatus> measure(
      Collection<ProjectionState> states, Collection<String> groups) {
    Optional<TopicProgress> progress = topic.measure(groups);
    parked.refresh();
    Map<String, ProjectionStatus> measured = new LinkedHashMap<>();
    for (ProjectionState state : states) {
      measured.put(state.name(), status(state, progress));
    }
    return measured;
  }

  /** Forgets where a rebuild that has taken over was first measured. */
  void finished(String projection) {
    rebuildStarts.remove(projection);
  }

  private ProjectionStatus status(ProjectionState state, Optional<TopicProgress> progress) {
    VersionProgress serving = progress(state.name(), state.serving(), progress);
    RebuildProgress building = null;
    if (state.building() != null) {
      VersionProgress rebuilt = progress(state.name(), state.building(), progress);
      building =
          RebuildProgress.of(
              rebuilt, state.rebuildStartedAt(), start(state, rebuilt), Instant.now());
    }
    VersionProgress previous =
        state.previous() == null ? null : progress(state.name(), state.previous(), progress);
    return ProjectionStatus.of(
        state, serving, building, previous, parked.records(state.name()), properties.topic());
  }

  /** Where this node first measured the rebuild under way, taken now if it had not. */
  private RebuildProgress.Start start(ProjectionState state, VersionProgress rebuilt) {
    RebuildProgress.Start start = rebuildStarts.get(state.name());
    if (rebuilt.eventsDone() != null && (start == null || start.version() != state.building())) {
      start = new RebuildProgress.Start(state.building(), Instant.now(), rebuilt.eventsDone());
      rebuildStarts.put(state.name(), start);
    }
    return start;
  }

  private VersionProgress progress(
      String projection, int version, Optional<TopicProgress> progress) {
    String group = ProjectionRunner.groupId(properties, projection, version);
    return VersionProgress.of(projection, version, progress.map(p -> p.of(group)));
  }
}
