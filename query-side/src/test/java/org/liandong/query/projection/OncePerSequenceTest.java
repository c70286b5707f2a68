package org.liandong.query.projection;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoCollection;
import java.util.ArrayList;
import java.util.List;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.liandong.query.InMemoryMongo;

@DisplayName("Guarded projection writes, carried out in bulk")
class OncePerSequenceTest {

  private final InMemoryMongo mongo = new InMemoryMongo();
  private final MongoCollection<Document> into = mongo.template().getCollection("guarded");

  @AfterEach
  void close() {
    mongo.close();
  }

  private static GuardedWrite add(String id, long sequence, long amount) {
    return OncePerSequence.update(
        id, "lastSequence", sequence, new Document("$inc", new Document("total", amount)));
  }

  private long total(String id) {
    return into.find(new Document("_id", id)).first().getLong("total");
  }

  @Test
  @DisplayName("a batch applies every write in order, each once")
  void appliesInOrder() {
    OncePerSequence.write(into, List.of(add("a", 1, 5), add("b", 1, 7), add("a", 2, 10)));

    assertThat(total("a")).isEqualTo(15);
    assertThat(total("b")).isEqualTo(7);
    assertThat(into.find(new Document("_id", "a")).first().getLong("lastSequence")).isEqualTo(2);
  }

  @Test
  @DisplayName("redelivered writes inside a batch change nothing, and the writes after them go on")
  void skipsWhatWasTakenIn() {
    OncePerSequence.write(into, List.of(add("a", 1, 5), add("a", 2, 10)));

    OncePerSequence.write(
        into, List.of(add("a", 1, 5), add("b", 1, 7), add("a", 2, 10), add("a", 3, 100)));

    assertThat(total("a")).isEqualTo(115);
    assertThat(total("b")).isEqualTo(7);
  }

  @Test
  @DisplayName("a write older than the document's sequence is skipped, though it comes later")
  void skipsOlderSequence() {
    OncePerSequence.write(into, List.of(add("a", 3, 1), add("a", 2, 1000)));

    assertThat(total("a")).isEqualTo(1);
  }

  @Test
  @DisplayName("a batch longer than one command goes out in several, in order, each write once")
  void longBatch() {
    int length = OncePerSequence.WRITES_PER_COMMAND * 2 + 7;
    List<GuardedWrite> writes = new ArrayList<>();
    for (int sequence = 1; sequence <= length; sequence++) {
      writes.add(add("a", sequence, sequence));
    }
    OncePerSequence.write(into, writes.subList(0, OncePerSequence.WRITES_PER_COMMAND + 3));

    OncePerSequence.write(into, writes);

    assertThat(total("a")).isEqualTo((long) length * (length + 1) / 2);
    assertThat(into.find(new Document("_id", "a")).first().getLong("lastSequence"))
        .isEqualTo(length);
  }

  @Test
  @DisplayName("a creation sent again after later updates finds its document and changes nothing")
  void creationOnce() {
    GuardedWrite created =
        OncePerSequence.insert("a", "lastSequence", 1, new Document("total", 5L));
    OncePerSequence.write(into, List.of(created, add("a", 2, 10)));

    OncePerSequence.write(into, List.of(created, add("a", 2, 10), add("a", 3, 1)));

    assertThat(total("a")).isEqualTo(16);
    assertThat(into.find(new Document("_id", "a")).first().getLong("lastSequence")).isEqualTo(3);
  }
}
