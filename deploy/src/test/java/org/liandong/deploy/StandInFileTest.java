package org.liandong.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.mongodb.ConnectionString;
import com.mongodb.MongoClientSettings;
import com.mongodb.MongoWriteException;
import com.mongodb.ReadConcern;
import com.mongodb.WriteConcern;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import com.mongodb.connection.ServerMonitoringMode;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.bson.Document;
import org.bson.types.Binary;
import org.bson.types.Decimal128;
import org.bson.types.ObjectId;
import org.h2.mvstore.MVStore;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The stand-in's file keeps documents in BSON, and a file written before, with Java-serialized
 * documents, is converted when it is opened: every document reads back as it was written, indexes
 * included, across restarts.
 */
@DisplayName("the stand-in's H2 file")
class StandInFileTest {

  /** Checkpoints so far apart that none comes during a test: what it reads is in the journal. */
  private static final Duration NO_CHECKPOINT = Duration.ofHours(1);

  @TempDir Path folder;

  @Test
  @DisplayName("a file of Java-serialized documents is converted to BSON and reads back whole")
  void convertsAnOlderFile() {
    Path file = folder.resolve("store.mv");
    List<Document> written = documents(0, 12_000);
    MongoServer older = new MongoServer(new H2Backend(MVStore.open(file.toString())));
    InetSocketAddress address = older.bind();
    try (MongoClient client = client("mongodb://127.0.0.1:" + address.getPort())) {
      things(client).createIndex(Indexes.ascending("reference"), new IndexOptions().unique(true));
      things(client).insertMany(written);
    } finally {
      older.shutdown();
    }
    try (MVStore store = MVStore.open(file.toString())) {
      store.openMap("converting.databases.test.things");
    }

    try (EmbeddedMongo standIn = EmbeddedMongo.start(file, "127.0.0.1", 0);
        MongoClient client = client(standIn.uri())) {
      assertThat(all(client)).isEqualTo(written);
      assertThat(things(client).find(Filters.eq("reference", "R-00042")).first())
          .isEqualTo(written.get(42));
      assertThatThrownBy(() -> things(client).insertOne(new Document("reference", "R-00042")))
          .isInstanceOf(MongoWriteException.class);
      written.addAll(documents(12_000, 12_010));
      things(client).insertMany(written.subList(12_000, 12_010));
    }

    try (EmbeddedMongo standIn = EmbeddedMongo.start(file, "127.0.0.1", 0);
        MongoClient client = client(standIn.uri())) {
      assertThat(all(client)).isEqualTo(written);
    }
    try (MVStore store = MVStore.open(file.toString())) {
      assertThat(store.getMapNames()).noneMatch(name -> name.startsWith("converting."));
      assertThat(StandInMaps.documents(store, null, "test.things").size()).isEqualTo(12_010);
    }
  }

  @Test
  @DisplayName("a new file holds BSON from the start, in databases created later too")
  void newFileHoldsBson() {
    Path file = folder.resolve("new.mv");
    List<Document> written = documents(0, 10);
    try (EmbeddedMongo standIn = EmbeddedMongo.start(file, "127.0.0.1", 0);
        MongoClient client = client(standIn.uri())) {
      things(client).insertMany(written);
    }
    try (EmbeddedMongo standIn = EmbeddedMongo.start(file, "127.0.0.1", 0);
        MongoClient client = client(standIn.uri())) {
      assertThat(all(client)).isEqualTo(written);
    }
    try (MVStore store = MVStore.open(file.toString())) {
      assertThat(StandInMaps.documents(store, null, "test.things").values())
          .extracting(document -> document.get("reference"))
          .containsExactlyInAnyOrder(written.stream().map(d -> d.get("reference")).toArray());
    }
  }

  @Test
  @DisplayName(
      "a document changed in place is written with its change, its neighbours in the page as they"
          + " were, whether it was read from the file or written since")
  void writesChangedDocumentsAfresh() {
    Path file = folder.resolve("changes.mv");
    List<Document> written = documents(0, 40);
    try (EmbeddedMongo standIn = EmbeddedMongo.start(file, "127.0.0.1", 0);
        MongoClient client = client(standIn.uri())) {
      things(client).insertMany(written);
      things(client).updateOne(Filters.eq("reference", "R-00003"), Updates.inc("count", 100));
      written.get(3).put("count", 103);
    }
    try (EmbeddedMongo standIn = EmbeddedMongo.start(file, "127.0.0.1", 0);
        MongoClient client = client(standIn.uri())) {
      assertThat(all(client)).isEqualTo(written);
      things(client).updateOne(Filters.eq("reference", "R-00007"), Updates.set("title", "改过"));
      things(client).updateOne(Filters.eq("reference", "R-00007"), Updates.inc("count", 1));
      things(client).updateOne(Filters.eq("reference", "R-00003"), Updates.unset("share"));
      written.get(7).append("title", "改过").append("count", 8);
      written.get(3).remove("share");
    }
    try (EmbeddedMongo standIn = EmbeddedMongo.start(file, "127.0.0.1", 0);
        MongoClient client = client(standIn.uri())) {
      assertThat(all(client)).isEqualTo(written);
    }
  }

  @Test
  @DisplayName(
      "a query naming an _id with other conditions, or a list of them, reads those documents and"
          + " applies the conditions")
  void queriesByIdWithConditions() {
    try (EmbeddedMongo standIn = EmbeddedMongo.start(folder.resolve("ids.mv"), "127.0.0.1", 0);
        MongoClient client = client(standIn.uri())) {
      MongoCollection<Document> things = things(client);
      things.insertMany(
          List.of(
              new Document("_id", "A").append("sequence", 3),
              new Document("_id", "B").append("sequence", 9),
              new Document("_id", 7).append("sequence", 1)));
      assertThat(things.find(Filters.and(Filters.eq("_id", "A"), Filters.lt("sequence", 5))))
          .containsExactly(new Document("_id", "A").append("sequence", 3));
      assertThat(things.find(Filters.and(Filters.eq("_id", "B"), Filters.lt("sequence", 5))))
          .isEmpty();
      assertThat(things.find(new Document("_id", "B").append("sequence", 9)))
          .containsExactly(new Document("_id", "B").append("sequence", 9));
      assertThat(things.find(Filters.and(Filters.eq("_id", 7L), Filters.lt("sequence", 5))))
          .containsExactly(new Document("_id", 7).append("sequence", 1));
      assertThat(things.find(Filters.in("_id", "B", "none", "A", "B")))
          .containsExactlyInAnyOrder(
              new Document("_id", "A").append("sequence", 3),
              new Document("_id", "B").append("sequence", 9));
      assertThat(things.find(Filters.in("_id", "A", 7L)).projection(Projections.excludeId()))
          .containsExactlyInAnyOrder(new Document("sequence", 3), new Document("sequence", 1));
      assertThat(
              things.find(
                  Filters.or(
                      Filters.eq("_id", "A"),
                      Filters.and(Filters.eq("_id", "B"), Filters.lt("sequence", 5)))))
          .describedAs("an $or of ids, one of them with a condition, applies the condition")
          .containsExactly(new Document("_id", "A").append("sequence", 3));
      assertThat(
              things.find(
                  Filters.or(
                      Filters.eq("_id", "A"), new Document("_id", "B").append("sequence", 8))))
          .describedAs("an $or of ids, one of them with a field, matches the field")
          .containsExactly(new Document("_id", "A").append("sequence", 3));
      assertThat(things.find(Filters.or(Filters.eq("_id", "B"), Filters.eq("_id", "none"))))
          .containsExactly(new Document("_id", "B").append("sequence", 9));

      things.updateOne(
          Filters.and(
              Filters.eq("_id", "A"),
              Filters.or(Filters.exists("sequence", false), Filters.lt("sequence", 4))),
          Updates.set("sequence", 4),
          new UpdateOptions().upsert(true));
      assertThatThrownBy(
              () ->
                  things.updateOne(
                      Filters.and(Filters.eq("_id", "A"), Filters.lt("sequence", 4)),
                      Updates.set("sequence", 4),
                      new UpdateOptions().upsert(true)))
          .isInstanceOf(MongoWriteException.class);
      assertThat(things.find(Filters.eq("_id", "A")).first()).containsEntry("sequence", 4);
    }
  }

  @Test
  @DisplayName(
      "an $or of keys of a unique index, a range of its second key or its first key alone reads"
          + " those documents, in the order asked")
  void queriesByKeys() {
    try (EmbeddedMongo standIn = EmbeddedMongo.start(folder.resolve("keys.mv"), "127.0.0.1", 0);
        MongoClient client = client(standIn.uri())) {
      MongoCollection<Document> events = client.getDatabase("test").getCollection("events");
      events.createIndex(Indexes.ascending("history", "sequence"), new IndexOptions().unique(true));
      for (int sequence = 0; sequence < 5; sequence++) {
        events.insertOne(new Document("history", "C-1").append("sequence", sequence));
        events.insertOne(new Document("history", "C-2").append("sequence", sequence));
      }
      List<Document> read =
          events
              .find(
                  Filters.or(
                      key("C-1", 3),
                      key("C-1", 1),
                      key("C-1", 2),
                      key("C-1", 9),
                      Filters.eq("_id", "none")))
              .sort(Sorts.ascending("sequence"))
              .projection(Projections.excludeId())
              .into(new ArrayList<>());
      assertThat(read).containsExactly(key("C-1", 1), key("C-1", 2), key("C-1", 3));
      assertThat(
              events
                  .find(
                      Filters.or(
                          new Document("history", "C-2").append("sequence", 4L), key("C-1", 0)))
                  .sort(Sorts.ascending("history"))
                  .projection(Projections.excludeId())
                  .into(new ArrayList<>()))
          .describedAs("a key asked as a long finds the one stored as an int")
          .containsExactly(key("C-1", 0), key("C-2", 4));
      assertThat(
              events
                  .find(Filters.or(key("C-2", 3), key("C-2", 0).append("note", "none has it")))
                  .projection(Projections.excludeId())
                  .into(new ArrayList<>()))
          .describedAs("a branch with more than a key is matched")
          .containsExactly(key("C-2", 3));
      assertThat(events.countDocuments(Filters.or(key("C-2", 4), Filters.eq("history", "C-1"))))
          .isEqualTo(6);

      assertThat(
              sequences(
                  events, Filters.and(Filters.eq("history", "C-1"), Filters.gte("sequence", 2L))))
          .containsExactly(2, 3, 4);
      assertThat(
              sequences(
                  events,
                  Filters.and(
                      Filters.eq("history", "C-2"),
                      Filters.gt("sequence", 2),
                      Filters.lte("sequence", 3))))
          .containsExactly(3);
      assertThat(
              sequences(
                  events,
                  new Document("history", "C-1").append("sequence", new Document("$lt", 2))))
          .containsExactly(0, 1);
      assertThat(
              sequences(
                  events, Filters.and(Filters.eq("history", "C-3"), Filters.gte("sequence", 0))))
          .isEmpty();

      assertThat(sequences(events, Filters.eq("history", "C-2")))
          .describedAs("the first key alone reads all of its entries")
          .containsExactly(0, 1, 2, 3, 4);
      assertThat(
              events
                  .find(Filters.eq("history", "C-1"))
                  .sort(Sorts.descending("sequence"))
                  .limit(1)
                  .first())
          .describedAs("the latest of a history, as the snapshotter reads it")
          .containsEntry("sequence", 4);
      assertThat(sequences(events, Filters.eq("history", "C-3"))).isEmpty();
      assertThat(sequences(events, Filters.regex("history", "^C-1$")))
          .describedAs("a pattern is matched, not looked up as a key")
          .containsExactly(0, 1, 2, 3, 4);
      assertThat(
              sequences(
                  events, Filters.and(Filters.eq("history", "C-1"), Filters.eq("note", "none"))))
          .describedAs("the first key with a condition on another field is matched")
          .isEmpty();
    }
  }

  @Test
  @DisplayName(
      "a write asking for no journal is answered before it is journaled, and the next write with"
          + " the default concern has both journaled")
  void writesWithoutJournal() throws IOException {
    Path file = folder.resolve("store.mv");
    MongoServer standIn = new MongoServer(DurableH2Backend.open(file, NO_CHECKPOINT));
    try (MongoClient client = quietClient(standIn)) {
      MongoCollection<Document> things = things(client);
      things.insertOne(new Document("_id", "before"));

      things
          .withWriteConcern(WriteConcern.ACKNOWLEDGED.withJournal(false))
          .insertOne(new Document("_id", "unjournaled"));
      assertThat(idsAfterDeath(file)).containsExactly("before");
      assertThat(
              things
                  .withReadConcern(ReadConcern.LOCAL)
                  .find(Filters.eq("_id", "unjournaled"))
                  .first())
          .as("a local read sees it, and journals nothing")
          .isNotNull();
      assertThat(idsAfterDeath(file)).containsExactly("before");

      things.insertOne(new Document("_id", "after"));
      assertThat(idsAfterDeath(file)).containsExactlyInAnyOrder("before", "unjournaled", "after");
    } finally {
      standIn.shutdown();
    }
  }

  @Test
  @DisplayName(
      "answered writes outlive the process before any checkpoint, from the journal, replayed once or"
          + " twice, a record cut short at its end ignored")
  void journalOutlivesTheProcess() throws IOException {
    Path file = folder.resolve("journaled.mv");
    List<Document> written = documents(0, 30);
    MongoServer standIn = new MongoServer(DurableH2Backend.open(file, NO_CHECKPOINT));
    try (MongoClient client = quietClient(standIn)) {
      MongoCollection<Document> things = things(client);
      things.createIndex(Indexes.ascending("reference"), new IndexOptions().unique(true));
      things.insertMany(written);
      things.updateOne(Filters.eq("reference", "R-00004"), Updates.inc("count", 10));
      things.deleteOne(Filters.eq("reference", "R-00009"));
      written.get(4).put("count", 14);
      written.remove(9);

      assertThat(idsInCommittedFile(file)).as("the file alone holds none of them").isEmpty();
      Path dead = copyOfFiles(file);
      assertThat(recoveredThings(dead)).isEqualTo(written);

      Path twice = copyOfFiles(file);
      Files.copy(dead, twice, StandardCopyOption.REPLACE_EXISTING);
      assertThat(recoveredThings(twice))
          .as("replayed onto a file that holds it")
          .isEqualTo(written);

      Path torn = copyOfFiles(file);
      Files.write(
          StandInFile.journalOf(torn), new byte[] {0, 0, 1, 0, 7, 7}, StandardOpenOption.APPEND);
      try (EmbeddedMongo restarted = EmbeddedMongo.start(torn, "127.0.0.1", 0);
          MongoClient reader = client(restarted.uri())) {
        assertThat(all(reader)).isEqualTo(written);
        assertThatThrownBy(() -> things(reader).insertOne(new Document("reference", "R-00004")))
            .as("the unique index came back with its documents")
            .isInstanceOf(MongoWriteException.class);
      }
    } finally {
      standIn.shutdown();
    }
  }

  /** No heartbeat while the test reads the files: a heartbeat, like any command, may journal. */
  private static MongoClient quietClient(MongoServer standIn) {
    standIn.bind(new InetSocketAddress("127.0.0.1", 0));
    InetSocketAddress address = standIn.getLocalAddress();
    return MongoClients.create(
        MongoClientSettings.builder()
            .applyConnectionString(
                new ConnectionString(
                    "mongodb://127.0.0.1:" + address.getPort() + "/?uuidRepresentation=standard"))
            .applyToServerSettings(
                server ->
                    server
                        .heartbeatFrequency(1, TimeUnit.HOURS)
                        .serverMonitoringMode(ServerMonitoringMode.POLL))
            .build());
  }

  /** The ids of the things a process killed now would find in its files. */
  private List<Object> idsAfterDeath(Path file) throws IOException {
    return recoveredThings(copyOfFiles(file)).stream().map(thing -> thing.get("_id")).toList();
  }

  /** The stand-in's file and journal, copied as a process killed now would leave them. */
  private Path copyOfFiles(Path file) throws IOException {
    Path copy = folder.resolve("copy-" + UUID.randomUUID() + ".mv");
    Files.copy(file, copy);
    Files.copy(StandInFile.journalOf(file), StandInFile.journalOf(copy));
    return copy;
  }

  /** What the stand-in started on {@code file} holds, its journal replayed. */
  private static List<Document> recoveredThings(Path file) {
    try (EmbeddedMongo restarted = EmbeddedMongo.start(file, "127.0.0.1", 0);
        MongoClient reader = client(restarted.uri())) {
      return all(reader);
    }
  }

  private List<Object> idsInCommittedFile(Path file) throws IOException {
    Path copy = folder.resolve("copy-" + UUID.randomUUID() + ".mv");
    Files.copy(file, copy);
    try (MVStore store = new MVStore.Builder().fileName(copy.toString()).readOnly().open()) {
      return StandInMaps.documents(store, null, "test.things").values().stream()
          .map(document -> document.get("_id"))
          .toList();
    }
  }

  private static List<Integer> sequences(
      MongoCollection<Document> events, org.bson.conversions.Bson filter) {
    return events
        .find(filter)
        .sort(Sorts.ascending("sequence"))
        .map(d -> d.getInteger("sequence"))
        .into(new ArrayList<>());
  }

  private static Document key(String history, int sequence) {
    return new Document("history", history).append("sequence", sequence);
  }

  private static List<Document> documents(int from, int to) {
    List<Document> documents = new ArrayList<>();
    for (int i = from; i < to; i++) {
      documents.add(
          new Document("_id", new ObjectId())
              .append("reference", "R-%05d".formatted(i))
              .append("title", "查处侵权假冒 " + i)
              .append("count", i)
              .append("total", (long) i * 1_000_000_000L)
              .append("share", i / 7.0)
              .append("amount", Decimal128.parse(i + ".25"))
              .append("on", new Date(1_600_000_000_000L + i))
              .append("done", i % 2 == 0)
              .append("nothing", null)
              .append("key", UUID.nameUUIDFromBytes(("k" + i).getBytes()))
              .append("bytes", new Binary(new byte[] {1, 2, (byte) i}))
              .append("tags", List.of("a", i, List.of(new Document("x", i))))
              .append("nested", new Document("departments", List.of("MPS", "SAMR"))));
    }
    return documents;
  }

  private static MongoClient client(String uri) {
    return MongoClients.create(uri + "/?uuidRepresentation=standard");
  }

  private static MongoCollection<Document> things(MongoClient client) {
    return client.getDatabase("test").getCollection("things");
  }

  private static List<Document> all(MongoClient client) {
    return things(client).find().sort(Sorts.ascending("reference")).into(new ArrayList<>());
  }
}
