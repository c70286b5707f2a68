package org.liandong.query.consuming;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.ReturnDocument;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.Updates;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.bson.Document;
import org.bson.types.Binary;
import org.liandong.query.projection.Coverage;
import org.liandong.query.projection.Coverages;
import org.liandong.query.projection.ProjectionVersions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

/**
 * The records the versions of the projections have stopped at, or that an operator parked on the
 * dead-letter topic, kept in MongoDB so that every query-side node sees them and a stopped version
 * stays stopped across restarts. Each is kept with its bytes, for the dead-letter topic. The list
 * is read once per progress check into memory, for the status, health, metrics and coverage.
 */
@Component
public class ParkedRecords implements Coverages {

  static final String COLLECTION = "parked_records";

  private static final Logger log = LoggerFactory.getLogger(ParkedRecords.class);

  private final MongoTemplate mongo;
  private final DeadLetterTopic deadLetters;
  private volatile List<ParkedRecord> all = List.of();

  ParkedRecords(MongoTemplate mongo, DeadLetterTopic deadLetters) {
    this.mongo = mongo;
    this.deadLetters = deadLetters;
  }

  /**
   * Notes that a version stopped at a record, or is still stopped at it.
   *
   * @return whether an operator has parked it on the dead-letter topic already, so that the version
   *     goes on past it
   */
  boolean stop(
      String projection, int version, ConsumerRecord<String, byte[]> record, String reason) {
    Instant now = Instant.now();
    Document parked =
        collection()
            .findOneAndUpdate(
                eq("_id", id(projection, version, record.partition(), record.offset())),
                Updates.combine(
                    Updates.setOnInsert("projection", projection),
                    Updates.setOnInsert("version", version),
                    Updates.setOnInsert("partition", record.partition()),
                    Updates.setOnInsert("offset", record.offset()),
                    Updates.setOnInsert("key", record.key()),
                    Updates.setOnInsert(
                        "value", new Binary(record.value() == null ? new byte[0] : record.value())),
                    Updates.setOnInsert("stoppedAt", Date.from(now)),
                    Updates.set("reason", reason),
                    Updates.set("triedAt", Date.from(now))),
                new FindOneAndUpdateOptions().upsert(true).returnDocument(ReturnDocument.AFTER));
    return parked.get("deadLetteredAt") != null;
  }

  /** A record a version was stopped at has been taken in after all (a passing fault). */
  void resolved(String projection, int version, int partition, long offset) {
    String id = id(projection, version, partition, offset);
    Document parked = collection().find(eq("_id", id)).first();
    if (parked != null && parked.get("deadLetteredAt") == null) {
      collection().deleteOne(eq("_id", id));
    }
  }

  /** Where a version is stopped, by partition: what it was stopped at when it last ran. */
  Map<Integer, Long> stoppedOffsets(String projection, int version) {
    return collection()
        .find(and(eq("projection", projection), eq("version", version), eq("deadLetteredAt", null)))
        .into(new ArrayList<>())
        .stream()
        .collect(
            Collectors.toMap(
                parked -> parked.getInteger("partition"), parked -> parked.getLong("offset")));
  }

  /**
   * Parks the records the versions of a projection are stopped at, at a partition and offset, on
   * the dead-letter topic, so that the versions go on past them; and reads them all again.
   *
   * @param by the operator who parks them, for the log
   * @return whether any version was stopped there
   */
  boolean deadLetter(String projection, int partition, long offset, String by) {
    List<Document> stopped = stoppedAt(projection, partition, offset);
    if (stopped.isEmpty()) {
      return false;
    }
    stopped.forEach(deadLetters::send);
    deadLettered(stopped);
    log.warn(
        "{} parked record {}-{}@{} on {} for {}: {}",
        by,
        projection,
        partition,
        offset,
        deadLetters.name(),
        projection,
        stopped.get(0).getString("reason"));
    refresh();
    return true;
  }

  private List<Document> stoppedAt(String projection, int partition, long offset) {
    return collection()
        .find(
            and(
                eq("projection", projection),
                eq("partition", partition),
                eq("offset", offset),
                eq("deadLetteredAt", null)))
        .into(new ArrayList<>());
  }

  private void deadLettered(List<Document> stopped) {
    Date now = new Date();
    stopped.forEach(
        parked ->
            collection()
                .updateOne(eq("_id", parked.getString("_id")), Updates.set("deadLetteredAt", now)));
  }

  /** Forgets the records of versions no longer kept, whose collections were dropped. */
  void forgetVersionsBut(String projection, Set<Integer> versions) {
    collection().find(eq("projection", projection)).into(new ArrayList<>()).stream()
        .filter(parked -> !versions.contains(parked.getInteger("version")))
        .forEach(parked -> collection().deleteOne(eq("_id", parked.getString("_id"))));
  }

  /** Reads them all again; done once per progress check. */
  void refresh() {
    List<ParkedRecord> read = new ArrayList<>();
    for (Document parked :
        collection().find().sort(Sorts.ascending("projection", "version", "partition", "offset"))) {
      read.add(
          new ParkedRecord(
              parked.getString("projection"),
              parked.getInteger("version"),
              parked.getInteger("partition"),
              parked.getLong("offset"),
              parked.getString("key"),
              parked.getString("reason"),
              instant(parked.getDate("stoppedAt")),
              instant(parked.getDate("deadLetteredAt"))));
    }
    all = List.copyOf(read);
  }

  /** The records of a projection's versions, as of the last refresh. */
  List<ParkedRecord> records(String projection) {
    return all.stream().filter(parked -> parked.projection().equals(projection)).toList();
  }

  @Override
  public Coverage of(String projection, int version) {
    List<ParkedRecord> lacking =
        records(projection).stream().filter(parked -> parked.version() == version).toList();
    long stopped = lacking.stream().filter(ParkedRecord::stopping).count();
    return Coverage.of(projection, stopped, lacking.size() - stopped);
  }

  private static String id(String projection, int version, int partition, long offset) {
    return ProjectionVersions.collection(projection, version) + "/" + partition + "/" + offset;
  }

  private static Instant instant(Date date) {
    return date == null ? null : date.toInstant();
  }

  private MongoCollection<Document> collection() {
    return mongo.getCollection(COLLECTION);
  }
}
