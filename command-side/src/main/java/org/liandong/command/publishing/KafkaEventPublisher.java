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
import org.axonframework.messaging.MetaData;
import org.axonframework.messaging.annotation.MessageIdentifier;
import org.axonframework.messaging.unitofwork.BatchingUnitOfWork;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.liandong.command.access.ActorMetaData;
import org.liandong.model.campaign.DomainEvent;
import org.liandong.model.campaign.EventTypes;
import org.liandong.model.envelope.EventEnvelope;
import org.springframework.stereotype.Component;

/**
 * Publishes every stored event to the campaign topic, keyed by its subject (the campaign's or the
 * case's id) so that each history stays in order in one partition.
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
      DomainEvent event,
      @MessageIdentifier String eventId,
      @SequenceNumber Long sequence,
      @Timestamp Instant storedAt,
      MetaData metaData)
      throws InterruptedException, ExecutionException {
    topic.ensureExists();
    EventEnvelope envelope =
        new EventEnvelope(
            eventId,
            sequence,
            storedAt,
            EventTypes.revisionOf(event.getClass()),
            event,
            ActorMetaData.from(metaData));
    UnitOfWork<?> unitOfWork = CurrentUnitOfWork.get();
    List<Future<RecordMetadata>> pending =
        unitOfWork.root().getOrComputeResource(PENDING_SENDS, key -> new ArrayList<>());
    pending.add(
        producer.send(new ProducerRecord<>(topic.name(), envelope.subject(), envelope.encode())));
    if (!(unitOfWork instanceof BatchingUnitOfWork<?> batch) || batch.isLastMessage()) {
      producer.flush();
      for (Future<RecordMetadata> send : pending) {
        send.get();
      }
      pending.clear();
    }
  }
}
