package org.liandong.query.consuming;

import java.util.Optional;
import org.liandong.query.projection.ProjectionVersions;

/**
 * How far one version of a projection is; the counts are null until they could be measured.
 *
 * @param eventsDone events of the topic this version has taken in
 * @param eventsTotal events on the topic
 * @param eventsBehind events on the topic not yet taken in
 */
public record VersionProgress(
    int version, String collection, Long eventsDone, Long eventsTotal, Long eventsBehind) {

  static VersionProgress of(String projection, int version, Optional<TopicProgress.Counts> counts) {
    return new VersionProgress(
        version,
        ProjectionVersions.collection(projection, version),
        counts.map(TopicProgress.Counts::done).orElse(null),
        counts.map(TopicProgress.Counts::total).orElse(null),
        counts.map(c -> c.total() - c.done()).orElse(null));
  }
}
