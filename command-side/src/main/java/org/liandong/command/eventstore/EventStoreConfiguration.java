package org.liandong.command.eventstore;

import com.mongodb.client.MongoClient;
import org.axonframework.common.caching.Cache;
import org.axonframework.common.caching.EhCache3Adapter;
import org.axonframework.eventsourcing.EventCountSnapshotTriggerDefinition;
import org.axonframework.eventsourcing.SnapshotTriggerDefinition;
import org.axonframework.eventsourcing.Snapshotter;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.extensions.mongo.DefaultMongoTemplate;
import org.axonframework.extensions.mongo.MongoTemplate;
import org.axonframework.extensions.mongo.eventsourcing.eventstore.MongoEventStorageEngine;
import org.axonframework.extensions.mongo.eventsourcing.eventstore.documentperevent.DocumentPerEventStorageStrategy;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.json.JacksonSerializer;
import org.axonframework.serialization.upcasting.event.EventUpcaster;
import org.axonframework.serialization.upcasting.event.EventUpcasterChain;
import org.axonframework.spring.eventsourcing.SpringAggregateSnapshotterFactoryBean;
import org.ehcache.CacheManager;
import org.ehcache.config.builders.CacheConfigurationBuilder;
import org.ehcache.config.builders.CacheManagerBuilder;
import org.ehcache.config.builders.ResourcePoolsBuilder;
import org.ehcache.core.Ehcache;
import org.liandong.command.ContractConfiguration;
import org.liandong.command.publishing.EventPublication;
import org.liandong.model.campaign.CampaignJson;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.autoconfigure.mongo.MongoProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;

/**
 * Events and snapshots in MongoDB through axon-mongo, wired by hand: its Spring Boot starter lags
 * behind Axon and expects MongoDB transactions, which the embedded substitute lacks. Every
 * serializer is Jackson with the contract's own mapper (see ADR 0001).
 */
@Configuration(proxyBeanMethods = false)
class EventStoreConfiguration {

  @Bean
  @Primary
  Serializer serializer() {
    return JacksonSerializer.builder()
        .objectMapper(CampaignJson.mapper())
        .revisionResolver(ContractConfiguration.REVISIONS)
        .build();
  }

  @Bean
  @Qualifier("eventSerializer")
  Serializer eventSerializer(Serializer serializer) {
    return serializer;
  }

  @Bean
  @Qualifier("messageSerializer")
  Serializer messageSerializer(Serializer serializer) {
    return serializer;
  }

  @Bean
  MongoTemplate axonMongoTemplate(MongoClient client, MongoProperties mongo) {
    return DefaultMongoTemplate.builder()
        .mongoDatabase(client, mongo.getMongoClientDatabase())
        .build();
  }

  /** The upcasters that bring stored events of an older revision up to date, wherever read. */
  @Bean
  EventUpcaster eventUpcasters() {
    return new EventUpcasterChain(new LateFlagUpcaster());
  }

  /**
   * axon-mongo's engine, with every append marked for publication first (ADR 0010). Tracking reads
   * by timestamp are not used: the publisher reads each history by exact sequence.
   */
  @Bean
  EventStorageEngine eventStorageEngine(
      MongoTemplate axonMongoTemplate,
      Serializer serializer,
      EventUpcaster eventUpcasters,
      EventStoreProperties properties,
      EventPublication publication) {
    return publication.marking(
        MongoEventStorageEngine.builder()
            .mongoTemplate(axonMongoTemplate)
            .storageStrategy(new DocumentPerEventStorageStrategy())
            .eventSerializer(serializer)
            .snapshotSerializer(serializer)
            .upcasterChain(eventUpcasters)
            .batchSize(properties.fetchSize())
            .build());
  }

  /**
   * The campaigns most recently used stay loaded between commands, so a busy campaign is not read
   * from its snapshot and events for every report. A cache of weak references lost them at every
   * collection of a busy heap (ADR 0009).
   */
  @Bean(destroyMethod = "close")
  CacheManager aggregateCacheManager() {
    return CacheManagerBuilder.newCacheManagerBuilder().build(true);
  }

  @Bean
  Cache aggregateCache(CacheManager aggregateCacheManager, EventStoreProperties properties) {
    return new EhCache3Adapter(
        (Ehcache<Object, Object>)
            aggregateCacheManager.createCache(
                "aggregates",
                CacheConfigurationBuilder.newCacheConfigurationBuilder(
                    Object.class,
                    Object.class,
                    ResourcePoolsBuilder.heap(properties.cachedAggregates()))));
  }

  @Bean
  SnapshotThread snapshotThread() {
    return new SnapshotThread();
  }

  @Bean
  SpringAggregateSnapshotterFactoryBean snapshotter(SnapshotThread snapshotThread) {
    SpringAggregateSnapshotterFactoryBean snapshotter = new SpringAggregateSnapshotterFactoryBean();
    snapshotter.setExecutor(snapshotThread.executor());
    return snapshotter;
  }

  /**
   * A campaign's snapshot holds its state, which no longer grows with its reports (ADR 0025), so a
   * load replays at most {@code snapshot-threshold} events whatever the campaign's length.
   */
  @Bean
  SnapshotTriggerDefinition campaignSnapshotTrigger(
      Snapshotter snapshotter, EventStoreProperties properties) {
    return new EventCountSnapshotTriggerDefinition(snapshotter, properties.snapshotThreshold());
  }
}
