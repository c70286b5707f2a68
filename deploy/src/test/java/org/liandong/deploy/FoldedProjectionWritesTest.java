package org.liandong.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.bson.Document;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.liandong.model.envelope.EventEnvelope;
import org.liandong.query.projection.GuardedWrite;
import org.liandong.query.projection.OncePerSequence;
import org.liandong.query.projection.Projection;

/**
 * A poll's writes to one document are folded in memory and written once; each write alone is an
 * update the store applies. Both must give the same views: every projection takes the whole topic
 * of the demo data (every kind of event the seeds give) in both ways, into collections of their own
 * on the platform's store, and every document is compared.
 */
@DisplayName("Projection writes folded per poll give the views that writes one by one give")
class FoldedProjectionWritesTest {

  private static final int POLL = 50;

  @Test
  @DisplayName("every projection over the demo data's topic, folded and one by one")
  void foldedAsOneByOne() {
    LocalPlatform platform = TestPlatforms.shared();
    changesOfEveryKind("http://localhost:" + platform.commandPort());
    List<EventEnvelope> topic = topic(platform.kafka().bootstrapServers());
    assertThat(topic)
        .extracting(envelope -> envelope.event().getClass().getSimpleName())
        .contains("ReportCorrected", "ReportRetracted", "TaskCompleted", "TaskCancelled")
        .contains("TaskReassigned", "DepartmentWithdrew", "RegionsAdded", "CampaignClosed");
    try (MongoClient client = MongoClients.create(platform.mongoUri())) {
      MongoDatabase scratch = client.getDatabase("folded-" + UUID.randomUUID());
      for (Projection projection : platform.querySide().getBeansOfType(Projection.class).values()) {
        MongoCollection<Document> oneByOne = scratch.getCollection(projection.name() + "-single");
        MongoCollection<Document> folded = scratch.getCollection(projection.name() + "-folded");
        List<GuardedWrite> poll = new ArrayList<>();
        for (int i = 0; i < topic.size(); i++) {
          List<GuardedWrite> writes = projection.writesFor(topic.get(i));
          writes.forEach(write -> OncePerSequence.write(oneByOne, List.of(write)));
          poll.addAll(writes);
          if (poll.size() >= POLL || i == topic.size() - 1) {
            OncePerSequence.write(folded, poll);
            poll.clear();
          }
        }

        assertThat(documents(folded)).as(projection.name()).isEqualTo(documents(oneByOne));
        assertThat(documents(folded)).as(projection.name()).isNotEmpty();
      }
      scratch.drop();
    }
  }

  /** What the demo data has none of: corrections, retractions and every change of a task. */
  private static void changesOfEveryKind(String commands) {
    String campaign = commands + "/campaigns/FOLD-2021";
    List<Http.Response> answers =
        List.of(
            Http.post(
                commands + "/campaigns",
                """
                {"campaignId": "FOLD-2021", "name": "Folded writes", "focus": "PIRACY",
                 "leadDepartment": "NCAC", "participatingDepartments": ["MPS", "SAMR"],
                 "regions": ["31"], "period": {"startsOn": "2021-01-01", "endsOn": "2021-12-31"}}
                """),
            Http.post(campaign + "/phase", "{\"to\": \"MOBILISATION\"}"),
            Http.post(campaign + "/regions", "{\"regions\": [\"32\"]}"),
            Http.post(
                campaign + "/tasks",
                """
                {"taskId": "FOLD-T1", "department": "MPS", "region": "31",
                 "title": "Raid the print shops", "dueOn": "2021-06-30"}
                """),
            Http.post(
                campaign + "/tasks",
                """
                {"taskId": "FOLD-T2", "department": "SAMR", "region": "32",
                 "title": "Check the markets", "dueOn": "2021-06-30"}
                """),
            Http.post(campaign + "/tasks/FOLD-T1/acknowledgement", "{\"department\": \"MPS\"}"),
            Http.post(
                campaign + "/tasks/FOLD-T1/progress",
                "{\"department\": \"MPS\", \"note\": \"two shops found\"}"),
            Http.post(
                campaign + "/tasks/FOLD-T2/reassignment",
                "{\"department\": \"MPS\", \"region\": \"31\", \"dueOn\": \"2021-07-31\"}"),
            Http.post(campaign + "/tasks/FOLD-T2/cancellation", "{\"reason\": \"done by T1\"}"),
            Http.post(
                campaign + "/goods-seizures",
                """
                {"reportId": "FOLD-1", "department": "MPS", "region": "31",
                 "occurredOn": "2021-03-02", "reportedBy": "sh.police", "category": "COSMETICS",
                 "quantity": {"amount": 900, "unit": "box"}, "estimatedValue": 27000}
                """),
            Http.put(
                campaign + "/goods-seizures/FOLD-1",
                """
                {"department": "MPS", "region": "32", "occurredOn": "2021-03-02",
                 "reportedBy": "sh.police", "category": "COSMETICS",
                 "quantity": {"amount": 850, "unit": "box"}, "reason": "50 counted twice"}
                """),
            Http.post(
                campaign + "/site-raids",
                """
                {"reportId": "FOLD-2", "department": "SAMR", "region": "31",
                 "occurredOn": "2021-03-03", "reportedBy": "sh.samr", "sites": 2}
                """),
            Http.post(
                campaign + "/reports/FOLD-2/retraction",
                "{\"department\": \"SAMR\", \"reason\": \"wrong campaign\"}"),
            Http.post(
                campaign + "/tasks/FOLD-T1/completion",
                "{\"department\": \"MPS\", \"note\": \"shops closed\"}"),
            Http.post(campaign + "/departments/SAMR/withdrawal", "{\"reason\": \"moved on\"}"));
    assertThat(answers).extracting(Http.Response::status).containsOnly(201);
  }

  private static List<Document> documents(MongoCollection<Document> collection) {
    List<Document> documents = new ArrayList<>();
    collection.find().forEach(documents::add);
    documents.forEach(document -> document.remove(GuardedWrite.REVISION));
    documents.sort(Comparator.comparing(document -> document.getString("_id")));
    return documents;
  }

  /** Every record on the topic up to its end as this test starts, partition by partition. */
  private static List<EventEnvelope> topic(String bootstrap) {
    try (KafkaConsumer<String, byte[]> consumer =
        new KafkaConsumer<>(
            Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
                bootstrap,
                ConsumerConfig.GROUP_ID_CONFIG,
                "folded-writes-test-" + UUID.randomUUID(),
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG,
                StringDeserializer.class,
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG,
                ByteArrayDeserializer.class))) {
      List<TopicPartition> partitions =
          consumer.partitionsFor("campaign-events").stream()
              .map(info -> new TopicPartition(info.topic(), info.partition()))
              .toList();
      consumer.assign(partitions);
      consumer.seekToBeginning(partitions);
      Map<TopicPartition, Long> ends = consumer.endOffsets(partitions);
      List<EventEnvelope> envelopes = new ArrayList<>();
      while (partitions.stream().anyMatch(p -> consumer.position(p) < ends.get(p))) {
        for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(500))) {
          if (record.offset() < ends.get(new TopicPartition(record.topic(), record.partition()))) {
            envelopes.add(EventEnvelope.read(record.value()));
          }
        }
      }
      return envelopes;
    }
  }
}
