package org.liandong.query.consuming;

import static org.assertj.core.api.Assertions.assertThat;
import static org.liandong.query.InMemoryMongo.launched;
import static org.liandong.query.InMemoryMongo.raid;

import com.mongodb.client.MongoCollection;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.liandong.model.envelope.EventEnvelope;
import org.liandong.query.InMemoryMongo;

@DisplayName("Event ids under each sequence tell a redelivery from a second, different event")
class EventIdsTest {

  private final InMemoryMongo mongo = new InMemoryMongo();
  private final EventIds ids = new EventIds(registry());
  private final EventIds otherProjection = new EventIds(registry());

  @AfterEach
  void close() {
    mongo.close();
  }

  private MongoCollection<Document> registry() {
    return mongo.template().getCollection(EventIds.COLLECTION);
  }

  @Test
  @DisplayName("the same events again are no conflict")
  void redelivery() {
    List<EventEnvelope> history =
        List.of(launched("IDS-2020", "MPS"), raid("IDS-2020", 1, "MPS", 2));
    assertThat(ids.record(history)).isEmpty();
    assertThat(ids.record(history)).isEmpty();
  }

  @Test
  @DisplayName("another event under a sequence taken in is a conflict naming both events")
  void secondEvent() {
    EventEnvelope first = raid("IDS-2020", 1, "MPS", 2);
    EventEnvelope second = raid("IDS-2020", 1, "MPS", 5);
    EventEnvelope next = raid("IDS-2020", 2, "MPS", 1);
    assertThat(ids.record(List.of(launched("IDS-2020", "MPS"), first))).isEmpty();

    List<EventIds.Conflict> conflicts = ids.record(List.of(second, next, first));

    assertThat(conflicts).extracting(EventIds.Conflict::envelope).containsExactly(second);
    assertThat(conflicts.get(0).firstEventId()).isEqualTo(first.eventId());
    assertThat(conflicts.get(0).reason())
        .contains(second.eventId(), first.eventId(), "IDS-2020 sequence 1");
  }

  @Test
  @DisplayName("a second event in the same batch as the first is a conflict")
  void secondEventInOneBatch() {
    EventEnvelope first = raid("IDS-2020", 1, "MPS", 2);
    EventEnvelope second = raid("IDS-2020", 1, "MPS", 5);

    List<EventIds.Conflict> conflicts =
        ids.record(List.of(launched("IDS-2020", "MPS"), first, second));

    assertThat(conflicts).extracting(EventIds.Conflict::envelope).containsExactly(second);
    assertThat(conflicts.get(0).firstEventId()).isEqualTo(first.eventId());
  }

  @Test
  @DisplayName("the same event twice in one batch is registered once, and no conflict")
  void sameEventTwiceInOneBatch() {
    EventEnvelope first = raid("IDS-2020", 1, "MPS", 2);

    assertThat(ids.record(List.of(launched("IDS-2020", "MPS"), first, first))).isEmpty();

    assertThat(registry().countDocuments()).isEqualTo(2);
  }

  @Test
  @DisplayName("keys another projection registers between the read and the insert are looked up")
  void registeredMeanwhile() {
    EventEnvelope launch = launched("IDS-2020", "MPS");
    EventEnvelope first = raid("IDS-2020", 1, "MPS", 2);
    EventEnvelope second = raid("IDS-2020", 1, "MPS", 5);
    EventEnvelope next = raid("IDS-2020", 2, "MPS", 1);
    EventIds beaten =
        new EventIds(
            beatenToInsert(registry(), () -> otherProjection.record(List.of(launch, first))));

    List<EventIds.Conflict> conflicts = beaten.record(List.of(launch, second, next));

    assertThat(conflicts).extracting(EventIds.Conflict::envelope).containsExactly(second);
    assertThat(conflicts.get(0).firstEventId()).isEqualTo(first.eventId());
    assertThat(registry().countDocuments()).isEqualTo(3);
  }

  /** The collection, and those made from it, run {@code other} before the first bulk write. */
  @SuppressWarnings("unchecked")
  private static MongoCollection<Document> beatenToInsert(
      MongoCollection<Document> collection, Runnable other) {
    AtomicBoolean beaten = new AtomicBoolean();
    return (MongoCollection<Document>)
        Proxy.newProxyInstance(
            EventIdsTest.class.getClassLoader(),
            new Class<?>[] {MongoCollection.class},
            (proxy, method, arguments) -> {
              if (method.getName().equals("bulkWrite") && !beaten.getAndSet(true)) {
                other.run();
              }
              try {
                Object result = method.invoke(collection, arguments);
                return result instanceof MongoCollection<?> made
                    ? beatenToInsert((MongoCollection<Document>) made, other)
                    : result;
              } catch (InvocationTargetException e) {
                throw e.getCause();
              }
            });
  }

  @Test
  @DisplayName("every projection reads one registry: each event is kept once, a fork found by all")
  void sharedByProjections() {
    EventEnvelope first = raid("IDS-2020", 1, "MPS", 2);
    EventEnvelope second = raid("IDS-2020", 1, "MPS", 5);
    List<EventEnvelope> history = List.of(launched("IDS-2020", "MPS"), first);
    assertThat(ids.record(history)).isEmpty();

    assertThat(otherProjection.record(history)).isEmpty();
    assertThat(registry().countDocuments()).isEqualTo(2);
    assertThat(otherProjection.record(List.of(second)))
        .extracting(EventIds.Conflict::firstEventId)
        .containsExactly(first.eventId());
  }
}
