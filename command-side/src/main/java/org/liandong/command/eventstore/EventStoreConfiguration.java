package org.liandong.command.eventstore;

import com.mongodb.client.MongoClient;
import org.axonframework.common.caching.Cache;
import org.axonframework.common.caching.EhCache3Adapter;
import org.axonframework.eventhandling.EventBusSpanFactory;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventsourcing.EventCountSnapshotTriggerDefinition;
import org.axonframework.eventsourcing.SnapshotTriggerDefinition;
import org.axonframework.eventsourcing.Snapshotter;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.extensions.mongo.DefaultMongoTemplate;
import org.axonframework.extensions.mongo.MongoTemplate;
import org.axonframework.extensions.mongo.eventsourcing.eventstore.MongoEventStorageEngine;
import org.axonframework.extensions.mongo.eventsourcing.eventstore.documentperevent.DocumentPerEventStorageStrategy;
import org.axonframework.extensions.mongo.eventsourcing.eventstore.documentperevent.EventEntryConfiguration;
import org.axonframework.extensions.mongo.eventsourcing.tokenstore.MongoTokenStore;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.json.JacksonSerializer;
import org.axonframework.serialization.upcasting.event.EventUpcasterChain;
import org.ehcache.CacheManager;
import org.ehcache.config.builders.CacheConfigurationBuilder;
import org.ehcache.config.builders.CacheManagerBuilder;
import org.ehcache.config.builders.ResourcePoolsBuilder;
import org.ehcache.core.Ehcache;
import org.liandong.model.campaign.CampaignJson;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.autoconfigure.mongo.MongoProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;

/**
 * Events, snapshots and tracking tokens in MongoDB through axon-mongo, wired by hand: its Spring
 * Boot starter lags behind Axon and expects MongoDB transactions, which the embedded substitute
 * lacks. Every serializer is Jackson with the contract's own mapper (see ADR 0001).
 */
@Configuration(proxyBeanMethods = false)
class EventStoreConfiguration {

  @Bean
  @Primary
  Serializer serializer() {
    return JacksonSerializer.builder().objectMapper(CampaignJson.mapper()).build();
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

  @Bean
  EventStorageEngine eventStorageEngine(
      MongoTemplate axonMongoTemplate, Serializer serializer, EventStoreProperties properties) {
    return MongoEventStorageEngine.builder()
        .mongoTemplate(axonMongoTemplate)
        .storageStrategy(
            new DocumentPerEventStorageStrategy(
                EventEntryConfiguration.getDefault(), properties.lookBack()))
        .eventSerializer(serializer)
        .snapshotSerializer(serializer)
        .upcasterChain(new EventUpcasterChain(new LateFlagUpcaster()))
        .batchSize(properties.fetchSize())
        .build();
  }

  /**
   * Axon's event store as its auto-configuration builds it, keeping fewer events in memory for the
   * tracking processors at the head of the store. Each cached event holds a tracking token with the
   * ids of every event in the look-back window, so Axon's default of 10,000 cached events held
   * about half the local platform's 1 GiB heap at a few hundred events a second.
   */
  @Bean(name = "eventBus")
  @Primary
  EmbeddedEventStore eventStore(
      EventStorageEngine storageEngine,
      org.axonframework.config.Configuration configuration,
      EventStoreProperties properties) {
    return EmbeddedEventStore.builder()
        .storageEngine(storageEngine)
        .messageMonitor(configuration.messageMonitor(EventStore.class, "eventStore"))
        .spanFactory(configuration.getComponent(EventBusSpanFactory.class))
        .cachedEvents(properties.cachedEvents())
        .build();
  }

  @Bean
  TokenStore tokenStore(MongoTemplate axonMongoTemplate, Serializer serializer) {
    return MongoTokenStore.builder()
        .mongoTemplate(axonMongoTemplate)
        .serializer(serializer)
        .build();
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
  SnapshotTriggerDefinition campaignSnapshotTrigger(
      Snapshotter snapshotter, EventStoreProperties properties) {
    return new EventCountSnapshotTriggerDefinition(snapshotter, properties.snapshotThreshold());
  }
}
