package org.liandong.command.publishing;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.axonframework.eventhandling.DomainEventMessage;
import org.springframework.stereotype.Component;

/**
 * Sends stored events to the campaign topic as {@link CampaignEventRecords} makes them. The records
 * of a batch are sent without waiting, then the producer is flushed and every send checked: when
 * {@link #send} returns, the broker has acknowledged every record of the batch.
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
      sends.add(producer.send(CampaignEventRecords.of(topic.name(), message)));
    }
    producer.flush();
    for (Future<RecordMetadata> send : sends) {
      send.get();
    }
  }
}
