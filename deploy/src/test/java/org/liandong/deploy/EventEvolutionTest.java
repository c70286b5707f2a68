package org.liandong.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.UpdateOptions;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.extensions.mongo.MongoTemplate;
import org.bson.Document;
import org.bson.types.Binary;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.liandong.model.campaign.EventTypes;
import org.liandong.model.campaign.SiteRaided;

/**
 * Revision 2 of the report events added {@code late}. A store that still holds revision-1 events
 * (written before that change) is read through the upcaster: the campaign replays them, and they
 * are published and projected like any other.
 */
@DisplayName("Events stored in an older revision are upcast and replayed")
class EventEvolutionTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  @DisplayName("a revision-1 SiteRaided in the store is read as not late, replayed and projected")
  void revisionOneIsUpcast() throws Exception {
    LocalPlatform platform = TestPlatforms.shared();
    String commands = "http://localhost:" + platform.commandPort();
    String queries = "http://localhost:" + platform.queryPort();
    Http.post(
        commands + "/campaigns",
        """
        {"campaignId": "EVOLUTION-2020", "name": "Event evolution test", "focus": "PIRACY",
         "leadDepartment": "NCAC", "participatingDepartments": ["MPS"], "regions": ["51"],
         "period": {"startsOn": "2020-03-01", "endsOn": "2020-12-31"}}
        """);
    TestPlatforms.mobilise(commands, "EVOLUTION-2020");
    assertThat(
            Http.post(commands + "/campaigns/EVOLUTION-2020/site-raids", raid("EVO-NEW")).status())
        .isEqualTo(201);

    MongoCollection<Document> events =
        platform.commandSide().getBean(MongoTemplate.class).eventCollection();
    Document current =
        events
            .find(
                new Document("aggregateIdentifier", "EVOLUTION-2020").append("sequenceNumber", 2L))
            .first();
    assertThat(current.getString("payloadRevision"))
        .isEqualTo(EventTypes.revisionOf(SiteRaided.class));
    events.insertOne(revisionOneCopy(current, "EVO-OLD", 3L));
    // Marked for publication as the event store's engine marks every append (ADR 0010).
    platform
        .commandSide()
        .getBean(org.springframework.data.mongodb.core.MongoTemplate.class)
        .getCollection("publication_pending")
        .updateOne(
            new Document("_id", "EVOLUTION-2020"),
            new Document("$max", new Document("upTo", 3L)),
            new UpdateOptions().upsert(true));
    // A new version starting on a store written by an old one: nothing of the campaign is cached.
    platform.restartCommandSide();
    commands = "http://localhost:" + platform.commandPort();

    List<? extends DomainEventMessage<?>> history =
        platform
            .commandSide()
            .getBean(EventStore.class)
            .readEvents("EVOLUTION-2020")
            .asStream()
            .toList();
    assertThat(history).hasSize(4);
    SiteRaided old = (SiteRaided) history.get(3).getPayload();
    assertThat(old.reportId().value()).isEqualTo("EVO-OLD");
    assertThat(old.late()).isFalse();
    assertThat(old.cooperatingDepartments()).isEmpty();

    Http.Response retry =
        Http.post(commands + "/campaigns/EVOLUTION-2020/site-raids", raid("EVO-OLD"));
    assertThat(retry.status()).isEqualTo(200);
    assertThat(retry.body().path("status").asText()).isEqualTo("ALREADY_RECORDED");

    await()
        .atMost(Duration.ofSeconds(60))
        .untilAsserted(
            () ->
                assertThat(
                        Http.get(queries + "/campaigns/EVOLUTION-2020")
                            .body()
                            .path("totals")
                            .path("sitesRaided")
                            .asLong())
                    .isEqualTo(4));
  }

  /**
   * The stored form the first version wrote: revision 1, without the fields added since ({@code
   * late} in revision 2, {@code cooperatingDepartments} in revision 3).
   */
  private static Document revisionOneCopy(Document stored, String reportId, long sequence)
      throws Exception {
    Document copy = new Document(stored);
    copy.remove("_id");
    copy.put("sequenceNumber", sequence);
    copy.put("eventIdentifier", UUID.randomUUID().toString());
    copy.put("timestamp", Instant.now().toString());
    copy.put("payloadRevision", "1");
    Object payload = stored.get("serializedPayload");
    byte[] json =
        payload instanceof Binary binary ? binary.getData() : payload.toString().getBytes("UTF-8");
    ObjectNode node = (ObjectNode) JSON.readTree(json);
    node.remove("late");
    node.remove("cooperatingDepartments");
    node.put("reportId", reportId);
    copy.put(
        "serializedPayload",
        payload instanceof Binary ? new Binary(JSON.writeValueAsBytes(node)) : node.toString());
    return copy;
  }

  private static String raid(String reportId) {
    return """
        {"reportId": "%s", "department": "MPS", "region": "51", "occurredOn": "2020-05-01",
         "reportedBy": "sc.police", "sites": 2}
        """
        .formatted(reportId);
  }
}
