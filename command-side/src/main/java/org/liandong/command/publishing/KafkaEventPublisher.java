package org.liandong.command.publishing;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.messaging.annotation.MessageIdentifier;
import org.axonframework.messaging.unitofwork.BatchingUnitOfWork;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.liandong.model.campaign.CampaignEvent;
import org.liandong.model.campaign.CampaignEventTypes;
import org.liandong.model.envelope.CampaignEnvelope;
import org.springframework.stereotype.Component;

/**
 * Publishes every stored campaign event to the campaign topic, keyed by campaign id so that each
 * campaign's events stay in order in one partition.
 *
 * <p>It runs in a tracking processor whose token lives in MongoDB. Records of a batch are sent
 * without waiting; on the batch's last event the producer is flushed and every send checked. A
 * failed send fails the batch, the token stays where it was, and the batch is sent again: at least
 * once, never lost. Flushing inside the handler, not in a commit hook, matters: the processor
 * stores its token in a prepare-commit hook registered before any handler runs.
 */
@Component
@ProcessingGroup(KafkaEventPublisher.PROCESSOR)
class KafkaEventPublisher {

  static final String PROCESSOR = "kafka-publisher";
  private static final String PENDING_SENDS = KafkaEventPublisher.class.getName() + ".pending";

  private final Producer<String, byte[]> producer;
  private final CampaignTopic topic;

  KafkaEventPublisher(Producer<String, byte[]> campaignEventProducer, CampaignTopic topic) {
    this.producer = campaignEventProducer;
    this.topic = topic;
  }

  @EventHandler
  void publish(
      CampaignEvent event,
      @MessageIdentifier String eventId,
      @SequenceNumber Long sequence,
      @Timestamp Instant storedAt)
      throws InterruptedException, ExecutionException {
    topic.ensureExists();
    CampaignEnvelope envelope =
        new CampaignEnvelope(
            eventId, sequence, storedAt, CampaignEventTypes.revisionOf(event.getClass()), event);
    UnitOfWork<?> unitOfWork = CurrentUnitOfWork.get();
    List<Future<RecordMetadata>> pending =
        unitOfWork.root().getOrComputeResource(PENDING_SENDS, key -> new ArrayList<>());
    pending.add(
        producer.send(
            new ProducerRecord<>(topic.name(), envelope.campaignId(), envelope.encode())));
    if (!(unitOfWork instanceof BatchingUnitOfWork<?> batch) || batch.isLastMessage()) {
      producer.flush();
      for (Future<RecordMetadata> send : pending) {
        send.get();
      }
      pending.clear();
    }
  }
}
