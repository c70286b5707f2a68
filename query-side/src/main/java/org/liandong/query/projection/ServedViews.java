package org.liandong.query.projection;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import com.mongodb.client.MongoCollection;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/**
 * The documents of each projection as they serve reads now: of its serving version ({@link
 * ProjectionState#serving}). The one way the views and the services behind them read a projection,
 * and how much of the topic it covers ({@link Coverages}).
 *
 * <p>The serving version is looked up again at most every {@link #LOOKED_UP_FOR}, not on every
 * read, so that reads follow a switch-over (made on any node) within that time. A read of the
 * version just replaced is still whole: the replaced version is kept current until the next rebuild
 * starts ({@code ProjectionRunners}).
 */
@Component
public class ServedViews {

  static final Duration LOOKED_UP_FOR = Duration.ofSeconds(1);

  private record Serving(int version, long lookedUpAt) {

    String collection(String projection) {
      return ProjectionVersions.collection(projection, version);
    }
  }

  private final MongoTemplate mongo;
  private final ProjectionVersions versions;
  private final Coverages coverages;
  private final Map<String, Serving> serving = new ConcurrentHashMap<>();

  public ServedViews(MongoTemplate mongo, ProjectionVersions versions, Coverages coverages) {
    this.mongo = mongo;
    this.versions = versions;
    this.coverages = coverages;
  }

  /** Whether the serving version holds every record of the topic, which its views must say. */
  public Coverage coverage(String projection) {
    return coverages.of(projection, serving(projection).version());
  }

  /** The document stored under an id, or null. */
  public Document one(String projection, String id) {
    return one(projection, query(where("_id").is(id)));
  }

  /** The first document the query finds, or null. */
  public Document one(String projection, Query query) {
    return mongo.findOne(query, Document.class, servingCollection(projection));
  }

  public List<Document> find(String projection, Query query) {
    return mongo.find(query, Document.class, servingCollection(projection));
  }

  public long count(String projection, Query query) {
    return mongo.count(query, servingCollection(projection));
  }

  /** One page of what a query finds, and how many it finds in all. */
  public record Page(long total, List<Document> items) {}

  /**
   * The given page of what the query finds, in the query's order, and how many it finds in all. A
   * page past the end is empty: its skip is not even asked for, as the driver takes an int.
   */
  public Page page(String projection, Query query, int page, int size) {
    String collection = servingCollection(projection);
    long total = mongo.count(query, collection);
    long skip = (long) page * size;
    if (skip >= total) {
      return new Page(total, List.of());
    }
    return new Page(
        total, mongo.find(Query.of(query).skip(skip).limit(size), Document.class, collection));
  }

  /** The serving collection itself, for reads a query of Spring Data does not express. */
  public MongoCollection<Document> collection(String projection) {
    return mongo.getCollection(servingCollection(projection));
  }

  private String servingCollection(String projection) {
    return serving(projection).collection(projection);
  }

  private Serving serving(String projection) {
    long now = System.nanoTime();
    Serving known = serving.get(projection);
    if (known == null || now - known.lookedUpAt() > LOOKED_UP_FOR.toNanos()) {
      known = new Serving(versions.state(projection).serving(), now);
      serving.put(projection, known);
    }
    return known;
  }
}
