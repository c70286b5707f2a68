package org.liandong.query.projection;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.time.Instant;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.bson.Document;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * Which version of each projection serves reads, and which, if any, is being rebuilt. Each version
 * lives in a collection of its own, {@code <name>_v<version>}, and is fed by a consumer group of
 * its own; version numbers only grow, so a new version's group has no committed offsets and reads
 * the topic from its start. That is how a rebuild starts, and how a projection new to a deployment
 * fills itself from the whole history. Kept in MongoDB, so that every query-side node serves the
 * same version and a rebuild goes on after a restart.
 */
@Component
public class ProjectionVersions {

  static final String COLLECTION = "projection_versions";

  /** The event ids each version kept for itself before ADR 0027: dropped with their version. */
  private static final String EVENT_IDS = "_event_ids";

  private final MongoTemplate mongo;

  public ProjectionVersions(MongoTemplate mongo) {
    this.mongo = mongo;
  }

  /** The collection a version of a projection lives in. */
  public static String collection(String projection, int version) {
    return projection + "_v" + version;
  }

  public ProjectionState state(String projection) {
    Document state = mongo.findById(projection, Document.class, COLLECTION);
    return state == null ? ProjectionState.first(projection) : ProjectionState.from(state);
  }

  /** Records a projection this node knows, at version 1 unless it is known already. */
  public void register(String projection) {
    mongo.upsert(
        query(where("_id").is(projection)), new Update().setOnInsert("serving", 1), COLLECTION);
  }

  /**
   * Starts a rebuild into a new version, unless one is under way. The version the last switch-over
   * replaced is no longer kept: see {@link #dropUnused}.
   *
   * @return the state with the new version, or empty when a rebuild is under way already
   */
  public Optional<ProjectionState> startRebuild(String projection) {
    ProjectionState current = state(projection);
    if (current.building() != null) {
      return Optional.empty();
    }
    Document started =
        mongo.findAndModify(
            query(where("_id").is(projection)).addCriteria(where("building").isNull()),
            new Update()
                .set("building", current.latest() + 1)
                .set("rebuildStartedAt", Instant.now())
                .unset("previous"),
            FindAndModifyOptions.options().returnNew(true),
            Document.class,
            COLLECTION);
    return Optional.ofNullable(started).map(ProjectionState::from);
  }

  /**
   * Drops the collections of the projection's versions that are no longer listed; to be called once
   * their runners have stopped, or they would write them again.
   */
  public void dropUnused(String projection) {
    ProjectionState state = state(projection);
    Pattern versioned = Pattern.compile(Pattern.quote(projection) + "_v(\\d+)(" + EVENT_IDS + ")?");
    for (String name : mongo.getCollectionNames()) {
      Matcher matcher = versioned.matcher(name);
      if (matcher.matches() && !state.versions().contains(Integer.parseInt(matcher.group(1)))) {
        mongo.dropCollection(name);
      }
    }
  }

  /**
   * Lets the rebuilt version serve reads; the version it replaces stays, kept current, until the
   * next rebuild, so that reads under way finish and the two can be compared.
   *
   * @return false when another node switched over first
   */
  public boolean switchOver(String projection, int version) {
    ProjectionState current = state(projection);
    return mongo
            .updateFirst(
                query(where("_id").is(projection)).addCriteria(where("building").is(version)),
                new Update()
                    .set("serving", version)
                    .set("previous", current.serving())
                    .set("switchedAt", Instant.now())
                    .unset("building"),
                COLLECTION)
            .getModifiedCount()
        == 1;
  }
}
