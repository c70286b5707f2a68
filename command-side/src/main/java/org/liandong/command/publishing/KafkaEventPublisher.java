package org.liandong.command.publishing;

import io.cloudevents.jackson.JsonFormat;
import io.cloudevents.kafka.KafkaMessageFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.axonframework.eventhandling.DomainEventMessage;
import org.liandong.command.access.ActorMetaData;
import org.liandong.model.envelope.EventEnvelope;
import org.liandong.model.envelope.EventTypes;
import org.liandong.model.event.DomainEvent;
import org.springframework.stereotype.Component;

/**
 * Sends stored events to the campaign topic, keyed by their subject (the campaign's or the case's
 * id) so that each history stays in order in one partition. The records of a batch are sent without
 * waiting, then the producer is flushed and every send checked: when {@link #send} returns, the
 * broker has acknowledged every record of the batch. Records follow the CloudEvents Kafka protocol
 * binding in structured mode: the envelope as the value, {@code content-type:
 * application/cloudevents+json} as a header.
 */
@Component
class KafkaEventPublisher {

  private final Producer<String, byte[]> producer;
  private final CampaignTopic topic;

  KafkaEventPublisher(Producer<String, byte[]> campaignEventProducer, CampaignTopic topic) {
    this.producer = campaignEventProducer;
    this.topic = topic;
  }

  void send(List<DomainEventMessage<?>> events) throws InterruptedException, ExecutionException {
    topic.ensureExists();
    List<Future<RecordMetadata>> sends = new ArrayList<>(events.size());
    for (DomainEventMessage<?> message : events) {
      EventEnvelope envelope = envelope(message);
      sends.add(
          producer.send(
              KafkaMessageFactory.createWriter(topic.name(), envelope.subject())
                  .writeStructured(envelope.toCloudEvent(), JsonFormat.CONTENT_TYPE)));
    }
    producer.flush();
    for (Future<RecordMetadata> send : sends) {
      send.get();
    }
  }

  private static EventEnvelope envelope(DomainEventMessage<?> message) {
    DomainEvent event = (DomainEvent) message.getPayload();
    return new EventEnvelope(
        message.getIdentifier(),
        message.getSequenceNumber(),
        message.getTimestamp(),
        EventTypes.revisionOf(event.getClass()),
        event,
        ActorMetaData.from(message.getMetaData()));
  }
}
