package org.liandong.query.projection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.UpdateOptions;
import java.util.List;
import java.util.stream.Stream;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.liandong.query.InMemoryMongo;

/**
 * Each update applied in memory must leave the document as the server leaves the stored one: the
 * same update is sent to the stand-in over the wire and the two results compared, value types
 * included.
 */
@DisplayName("Update operators applied in memory, as the server applies them")
class UpdateOperatorsTest {

  private final InMemoryMongo mongo = new InMemoryMongo();
  private final MongoCollection<Document> stored = mongo.template().getCollection("operators");

  @AfterEach
  void close() {
    mongo.close();
  }

  static Stream<Arguments> updates() {
    Document start =
        Document.parse(
            "{_id: 'd', n: 1, big: 2147483647, l: {$numberLong: '5'}, tags: ['a', 'b'],"
                + " nested: {x: {y: 1}}, stages: [{s: 1}, {s: 2}], gone: 'here'}");
    return Stream.of(
        Arguments.of("$set of a new nested path", start, "{$set: {'a.b.c': 'v'}}"),
        Arguments.of("$set replacing a document", start, "{$set: {nested: {z: [1, 2]}}}"),
        Arguments.of("$set into an array position", start, "{$set: {'stages.1.s': 9}}"),
        Arguments.of("$set past an array's end", start, "{$set: {'stages.3': 'x'}}"),
        Arguments.of("$inc of a missing field", start, "{$inc: {'m.k': 3}}"),
        Arguments.of("$inc of 32-bit numbers", start, "{$inc: {n: 4}}"),
        Arguments.of("$inc over 32 bits", start, "{$inc: {big: 1}}"),
        Arguments.of("$inc of a 64-bit number", start, "{$inc: {l: 1}}"),
        Arguments.of("$inc with a 64-bit amount", start, "{$inc: {n: {$numberLong: '1'}}}"),
        Arguments.of("$inc inside an array", start, "{$inc: {'stages.1.s': 1, 'tags.3': 1}}"),
        Arguments.of("$push to a new nested path", start, "{$push: {'p.q.r': 1}}"),
        Arguments.of("$push of one", start, "{$push: {tags: 'c', fresh: {k: 1}}}"),
        Arguments.of("$push of each", start, "{$push: {tags: {$each: ['c', 'a']}}}"),
        Arguments.of("$addToSet of one there", start, "{$addToSet: {tags: 'a'}}"),
        Arguments.of("$addToSet of each", start, "{$addToSet: {tags: {$each: ['a', 'c', 'c']}}}"),
        Arguments.of("$pull", start, "{$pull: {tags: 'a', missing: 'x'}}"),
        Arguments.of("$unset", start, "{$unset: {gone: '', 'nested.x.y': '', 'no.such': ''}}"),
        Arguments.of("$setOnInsert on an update", start, "{$setOnInsert: {ins: 1}, $set: {s: 1}}"),
        Arguments.of("several operators", start, "{$set: {'p.q': 1}, $inc: {'p.r': 2}}"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("updates")
  @DisplayName("an update of a stored document")
  void sameAsTheServer(String name, Document start, String update) {
    stored.insertOne(start);
    Document parsed = Document.parse(update);

    stored.updateOne(new Document("_id", "d"), parsed);
    Document inMemory = roundTrip(start);
    UpdateOperators.apply(inMemory, parsed, false);

    assertThat(roundTrip(inMemory)).isEqualTo(stored.find().first());
    assertThat(types(roundTrip(inMemory))).isEqualTo(types(stored.find().first()));
  }

  @Test
  @DisplayName("an upsert applies $setOnInsert, as the server does for the document it creates")
  void insertion() {
    Document update = Document.parse("{$setOnInsert: {a: {b: 1}}, $inc: {n: 2}}");
    stored.updateOne(new Document("_id", "d"), update, new UpdateOptions().upsert(true));
    Document inMemory = new Document("_id", "d");

    UpdateOperators.apply(inMemory, update, true);

    assertThat(roundTrip(inMemory)).isEqualTo(stored.find().first());
  }

  @Test
  @DisplayName("an operator or modifier it does not know is refused, not guessed at")
  void unknownOperators() {
    Document document = new Document("_id", "d");

    assertThatThrownBy(
            () -> UpdateOperators.apply(document, Document.parse("{$max: {n: 1}}"), false))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(
            () ->
                UpdateOperators.apply(
                    document, Document.parse("{$push: {l: {$each: [1], $slice: 1}}}"), false))
        .isInstanceOf(IllegalArgumentException.class);
  }

  /** The document as the driver decodes it after storing it. */
  private Document roundTrip(Document document) {
    MongoCollection<Document> scratch = mongo.template().getCollection("scratch");
    scratch.deleteMany(new Document());
    scratch.insertOne(document);
    return scratch.find().first();
  }

  private static List<String> types(Document document) {
    return document.entrySet().stream()
        .map(entry -> entry.getKey() + ":" + typeOf(entry.getValue()))
        .toList();
  }

  private static String typeOf(Object value) {
    if (value instanceof Document nested) {
      return types(nested).toString();
    }
    if (value instanceof List<?> list) {
      return list.stream().map(UpdateOperatorsTest::typeOf).toList().toString();
    }
    return value == null ? "null" : value.getClass().getSimpleName();
  }
}
