package org.liandong.query.projection;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoCollection;
import java.util.List;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.liandong.query.InMemoryMongo;

/**
 * Folding over mongo-java-server's memory backend. Two writers folding into one document at once
 * are tested beside the platform's own stand-in ({@code StandInIsolationTest} in deploy): the
 * memory backend changes a stored document in place while a reader may be encoding it, which a real
 * MongoDB never shows, and the folded write's revision check then replaced a document read half
 * changed.
 */
@DisplayName("Several writes to one document, folded into one")
class FoldedWritesTest {

  private final InMemoryMongo mongo = new InMemoryMongo();
  private final MongoCollection<Document> into = mongo.template().getCollection("folded");

  @AfterEach
  void close() {
    mongo.close();
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
