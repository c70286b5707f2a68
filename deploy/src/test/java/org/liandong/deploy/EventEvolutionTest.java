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
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.extensions.mongo.MongoTemplate;
import org.bson.Document;
import org.bson.types.Binary;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.liandong.model.campaign.CaseFiled;
import org.liandong.model.campaign.SiteRaided;
import org.liandong.model.envelope.EventTypes;

/**
 * Revision 2 of the report events added {@code late}, and revision 2 of {@code CaseFiled} the right
 * the cases concern. A store that still holds revision-1 events (written before those changes) is
 * read as it was written (through the upcaster where one is needed): the campaign replays them, and
 * they are published, projected and corrected like any other.
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
    events.insertOne(revisionOneCopy(current, "EVO-OLD", 3L, "late", "cooperatingDepartments"));
    markForPublication(platform, "EVOLUTION-2020", 3L);
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

  @Test
  @DisplayName("a revision-1 CaseFiled is read with no right, counted so, and corrected to one")
  void caseWithoutRight() throws Exception {
    LocalPlatform platform = TestPlatforms.shared();
    String commands = "http://localhost:" + platform.commandPort();
    String queries = "http://localhost:" + platform.queryPort();
    Http.post(
        commands + "/campaigns",
        """
        {"campaignId": "RIGHTS-2020", "name": "Rights evolution test", "focus": "PIRACY",
         "leadDepartment": "NCAC", "participatingDepartments": ["MPS"], "regions": ["51"],
         "period": {"startsOn": "2020-03-01", "endsOn": "2020-12-31"}}
        """);
    TestPlatforms.mobilise(commands, "RIGHTS-2020");
    assertThat(
            Http.post(
                    commands + "/campaigns/RIGHTS-2020/cases-filed", cases("RIGHTS-NEW", "PATENT"))
                .status())
        .isEqualTo(201);
    MongoCollection<Document> events =
        platform.commandSide().getBean(MongoTemplate.class).eventCollection();
    Document current =
        events
            .find(new Document("aggregateIdentifier", "RIGHTS-2020").append("sequenceNumber", 2L))
            .first();
    events.insertOne(revisionOneCopy(current, "RIGHTS-OLD", 3L, "right"));
    markForPublication(platform, "RIGHTS-2020", 3L);
    platform.restartCommandSide();
    commands = "http://localhost:" + platform.commandPort();

    CaseFiled old =
        (CaseFiled)
            platform
                .commandSide()
                .getBean(EventStore.class)
                .readEvents("RIGHTS-2020", 3L)
                .next()
                .getPayload();
    assertThat(old.details().right()).isNull();
    await()
        .atMost(Duration.ofSeconds(60))
        .until(() -> rightsOf(queries).equals(Map.of("NOT_STATED", 1L, "PATENT", 1L)));

    Http.Response correction =
        Http.put(
            commands + "/campaigns/RIGHTS-2020/cases-filed/RIGHTS-OLD",
            cases("RIGHTS-OLD", "TRADEMARK").replace("}", ", \"reason\": \"right found\"}"));
    assertThat(correction.status()).as(correction.body().toString()).isEqualTo(201);
    await()
        .atMost(Duration.ofSeconds(60))
        .until(
            () ->
                rightsOf(queries).equals(Map.of("NOT_STATED", 0L, "PATENT", 1L, "TRADEMARK", 1L)));
  }

  private static Map<String, Long> rightsOf(String queries) {
    Map<String, Long> rights = new TreeMap<>();
    Http.get(queries + "/campaigns/RIGHTS-2020")
        .body()
        .path("byRight")
        .forEach(
            entry ->
                rights.put(
                    entry.path("right").asText(),
                    entry.path("totals").path("casesFiled").asLong()));
    return rights;
  }

  private static String cases(String reportId, String right) {
    return """
        {"reportId": "%s", "department": "MPS", "region": "51", "occurredOn": "2020-05-01",
         "reportedBy": "sc.police", "caseKind": "CRIMINAL", "right": "%s", "cases": 1}
        """
        .formatted(reportId, right);
  }

  /** Marked for publication as the event store's engine marks every append (ADR 0010). */
  private static void markForPublication(LocalPlatform platform, String campaign, long upTo) {
    platform
        .commandSide()
        .getBean(org.springframework.data.mongodb.core.MongoTemplate.class)
        .getCollection("publication_pending")
        .updateOne(
            new Document("_id", campaign),
            new Document("$max", new Document("upTo", upTo)),
            new UpdateOptions().upsert(true));
  }

  /**
   * The stored form the first version wrote: revision 1, without the fields added since (for a
   * raid: {@code late} in revision 2, {@code cooperatingDepartments} in revision 3).
   */
  private static Document revisionOneCopy(
      Document stored, String reportId, long sequence, String... addedSince) throws Exception {
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
    for (String field : addedSince) {
      node.remove(field);
    }
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
