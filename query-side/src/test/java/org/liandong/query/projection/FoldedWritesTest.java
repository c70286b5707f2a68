package org.liandong.query.projection;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoCollection;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.liandong.query.InMemoryMongo;

@DisplayName("Several writes to one document, folded into one")
class FoldedWritesTest {

  private static final int POLLS = 150;

  private final InMemoryMongo mongo = new InMemoryMongo();
  private final MongoCollection<Document> into = mongo.template().getCollection("folded");

  @AfterEach
  void close() {
    mongo.close();
  }

  /** A write of one campaign's event to the shared document, adding one under the campaign. */
  private static GuardedWrite add(String campaign, long sequence) {
    return OncePerSequence.update(
        "shared",
        OncePerSequence.lastSequence(campaign),
        sequence,
        new Document("$inc", new Document(campaign + ".count", 1).append("total", 1)));
  }

  @Test
  @DisplayName(
      "two writers folding into one document at once lose nothing of each other's"
          + " (as two query-side nodes taking campaigns of several partitions in)")
  void concurrentWriters() throws Exception {
    ExecutorService writers = Executors.newFixedThreadPool(2);
    List<Future<Void>> done = new ArrayList<>();
    for (String campaign : List.of("A", "B")) {
      Callable<Void> writer =
          () -> {
            for (int poll = 0; poll < POLLS; poll++) {
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
    assertThat(shared.getInteger("total")).isEqualTo(2 * 3 * POLLS);
    assertThat(shared.get("A", Document.class).getInteger("count")).isEqualTo(3 * POLLS);
    assertThat(shared.get("B", Document.class).getInteger("count")).isEqualTo(3 * POLLS);
    assertThat(shared.get("A", Document.class).getLong(OncePerSequence.LAST_SEQUENCE))
        .isEqualTo(3L * POLLS);
  }

  @Test
  @DisplayName("a poll folded into one write leaves the document as its writes one by one do")
  void sameAsOneByOne() {
    MongoCollection<Document> oneByOne = mongo.template().getCollection("one-by-one");
    List<GuardedWrite> writes =
        List.of(
            OncePerSequence.insert(
                "d",
                OncePerSequence.LAST_SEQUENCE,
                0,
                new Document("name", "n").append("tags", List.of())),
            OncePerSequence.update(
                "d",
                OncePerSequence.LAST_SEQUENCE,
                1,
                new Document("$push", new Document("tags", "a"))),
            OncePerSequence.insert(
                "d", OncePerSequence.LAST_SEQUENCE, 0, new Document("name", "again")),
            OncePerSequence.update(
                "d",
                OncePerSequence.LAST_SEQUENCE,
                1,
                new Document("$push", new Document("tags", "again"))),
            OncePerSequence.update(
                "d",
                OncePerSequence.LAST_SEQUENCE,
                2,
                new Document("$set", new Document("name", "m"))
                    .append("$inc", new Document("n", 2L))));

    writes.forEach(write -> OncePerSequence.write(oneByOne, List.of(write)));
    OncePerSequence.write(into, writes);

    Document expected = oneByOne.find().first();
    Document folded = into.find().first();
    expected.remove(GuardedWrite.REVISION);
    folded.remove(GuardedWrite.REVISION);
    assertThat(folded).isEqualTo(expected);
    assertThat(folded.getList("tags", String.class)).containsExactly("a");
  }
}
