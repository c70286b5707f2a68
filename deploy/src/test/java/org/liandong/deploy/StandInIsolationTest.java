package org.liandong.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.ReadConcern;
import com.mongodb.WriteConcern;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import org.bson.Document;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.liandong.query.projection.GuardedWrite;
import org.liandong.query.projection.OncePerSequence;

/**
 * A document is changed as a whole: whoever reads it while others change it sees it as one change
 * left it, never between two. MongoDB guarantees this for one document, and the projections' folded
 * writes rely on it ({@link OncePerSequence}): a document read half changed and written back
 * replaced the other writer's change (a lost count, seen in CI).
 */
@DisplayName("the stand-in's documents, read while they change")
class StandInIsolationTest {

  private static final int CHANGES = 2_000;
  private static final int FIELDS = 200;

  @TempDir Path folder;

  @Test
  @DisplayName("a reader sees every document as one update or findAndModify left it")
  void readersSeeWholeChanges() throws Exception {
    try (EmbeddedMongo standIn = EmbeddedMongo.start(folder.resolve("store.mv"), "127.0.0.1", 0);
        MongoClient client = MongoClients.create(standIn.uri())) {
      MongoCollection<Document> things =
          client
              .getDatabase("test")
              .getCollection("things")
              .withWriteConcern(WriteConcern.ACKNOWLEDGED.withJournal(false))
              .withReadConcern(ReadConcern.LOCAL);
      Document counters = new Document();
      for (int field = 0; field < FIELDS; field++) {
        counters.append("f" + field, 1);
      }
      things.insertOne(new Document("_id", "d"));
      AtomicBoolean writing = new AtomicBoolean(true);
      ExecutorService threads = Executors.newFixedThreadPool(3);
      try {
        Future<?> writer =
            threads.submit(
                () -> {
                  for (int change = 1; change <= CHANGES; change++) {
                    Document increments = new Document("$inc", counters);
                    if (change % 2 == 0) {
                      things.updateOne(Filters.eq("_id", "d"), increments);
                    } else {
                      things.findOneAndUpdate(Filters.eq("_id", "d"), increments);
                    }
                  }
                  writing.set(false);
                });
        List<Future<List<String>>> readers = new ArrayList<>();
        for (int reader = 0; reader < 2; reader++) {
          Callable<List<String>> read =
              () -> {
                List<String> torn = new ArrayList<>();
                while (writing.get()) {
                  Document seen = things.find(Filters.eq("_id", "d")).first();
                  Set<Object> values = new HashSet<>(seen.values());
                  values.remove("d");
                  if (values.size() > 1) {
                    torn.add("counters at once: " + values);
                  }
                }
                return torn;
              };
          readers.add(threads.submit(read));
        }
        writer.get();
        for (Future<List<String>> reader : readers) {
          assertThat(reader.get()).isEmpty();
        }
      } finally {
        threads.shutdownNow();
      }
      Document last = things.find(Filters.eq("_id", "d")).first();
      assertThat(last.getInteger("f0")).isEqualTo(CHANGES);
      assertThat(last.getInteger("f" + (FIELDS - 1))).isEqualTo(CHANGES);
    }
  }

  @Test
  @DisplayName(
      "two writers folding into one document at once lose nothing of each other's"
          + " (as two query-side nodes taking campaigns of several partitions in)")
  void concurrentFoldedWriters() throws Exception {
    int polls = 150;
    try (EmbeddedMongo standIn = EmbeddedMongo.start(folder.resolve("store.mv"), "127.0.0.1", 0);
        MongoClient client = MongoClients.create(standIn.uri())) {
      MongoCollection<Document> into = client.getDatabase("test").getCollection("folded");
      ExecutorService writers = Executors.newFixedThreadPool(2);
      List<Future<Void>> done = new ArrayList<>();
      for (String campaign : List.of("A", "B")) {
        Callable<Void> writer =
            () -> {
              for (int poll = 0; poll < polls; poll++) {
                long first = poll * 3L + 1;
                OncePerSequence.write(
                    into,
                    List.of(
                        add(campaign, first), add(campaign, first + 1), add(campaign, first + 2)));
              }
              return null;
            };
        done.add(writers.submit(writer));
      }
      for (Future<Void> writer : done) {
        writer.get();
      }
      writers.shutdown();

      Document shared = into.find(new Document("_id", "shared")).first();
      assertThat(shared.getInteger("total")).isEqualTo(2 * 3 * polls);
      for (String campaign : List.of("A", "B")) {
        Document of = shared.get(campaign, Document.class);
        assertThat(of.getInteger("count")).isEqualTo(3 * polls);
        assertThat(of.getLong(OncePerSequence.LAST_SEQUENCE)).isEqualTo(3L * polls);
      }
      assertThat(shared).containsKey(GuardedWrite.REVISION);
    }
  }

  /** A write of one campaign's event to the shared document, adding one under the campaign. */
  private static GuardedWrite add(String campaign, long sequence) {
    return OncePerSequence.update(
        "shared",
        OncePerSequence.lastSequence(campaign),
        sequence,
        new Document("$inc", new Document(campaign + ".count", 1).append("total", 1)));
  }
}
