package org.liandong.command.publishing;

import io.cloudevents.jackson.JsonFormat;
import io.cloudevents.kafka.KafkaMessageFactory;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.axonframework.eventhandling.DomainEventMessage;
import org.liandong.command.access.ActorMetaData;
import org.liandong.model.envelope.EventEnvelope;
import org.liandong.model.envelope.EventTypes;
import org.liandong.model.event.DomainEvent;

/**
 * The record a stored event is published as: keyed by its subject (the campaign's or the case's id)
 * so that each history stays in order in one partition, and following the CloudEvents Kafka
 * protocol binding in structured mode (the envelope as the value, {@code content-type:
 * application/cloudevents+json} as a header). The one place that makes it, for the publisher and
 * for anyone measuring against it.
 */
public final class CampaignEventRecords {

  private CampaignEventRecords() {}

  public static ProducerRecord<String, byte[]> of(String topic, DomainEventMessage<?> stored) {
    DomainEvent event = (DomainEvent) stored.getPayload();
    EventEnvelope envelope =
        new EventEnvelope(
            stored.getIdentifier(),
            stored.getSequenceNumber(),
            stored.getTimestamp(),
            EventTypes.revisionOf(event.getClass()),
            event,
            ActorMetaData.from(stored.getMetaData()));
    return KafkaMessageFactory.createWriter(topic, envelope.subject())
        .writeStructured(envelope.toCloudEvent(), JsonFormat.CONTENT_TYPE);
  }
}
