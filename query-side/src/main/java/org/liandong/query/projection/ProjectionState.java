package org.liandong.query.projection;

import java.time.Instant;
import java.util.Collections;
import java.util.Date;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.bson.Document;

/**
 * The versions of one projection.
 *
 * @param serving the version that serves reads
 * @param building the version being rebuilt, or null
 * @param previous the version the last switch-over replaced, kept until the next rebuild, or null
 * @param rebuildStartedAt when the last rebuild started, or null
 * @param switchedAt when the last rebuild took over, or null
 */
public record ProjectionState(
    String name,
    int serving,
    Integer building,
    Integer previous,
    Instant rebuildStartedAt,
    Instant switchedAt) {

  static ProjectionState first(String name) {
    return new ProjectionState(name, 1, null, null, null, null);
  }

  static ProjectionState from(Document document) {
    return new ProjectionState(
        document.getString("_id"),
        document.getInteger("serving", 1),
        document.getInteger("building"),
        document.getInteger("previous"),
        instant(document.getDate("rebuildStartedAt")),
        instant(document.getDate("switchedAt")));
  }

  /** The versions listed: serving, and building and previous where there are. */
  public Set<Integer> versions() {
    Set<Integer> versions = new TreeSet<>(List.of(serving));
    if (building != null) {
      versions.add(building);
    }
    if (previous != null) {
      versions.add(previous);
    }
    return versions;
  }

  /** The highest version number given out. */
  int latest() {
    return Collections.max(versions());
  }

  private static Instant instant(Date date) {
    return date == null ? null : date.toInstant();
  }
}
