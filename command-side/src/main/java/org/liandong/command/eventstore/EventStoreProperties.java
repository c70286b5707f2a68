package org.liandong.command.eventstore;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the MongoDB event store. The database comes from {@code spring.data.mongodb.uri}.
 *
 * @param snapshotThreshold events after which a campaign's state is snapshotted
 * @param fetchSize events read from MongoDB in one query when a campaign is loaded
 * @param cachedAggregates campaigns and cases kept loaded between commands (ADR 0009)
 */
@ConfigurationProperties("liandong.event-store")
public record EventStoreProperties(
    @DefaultValue("250") int snapshotThreshold,
    @DefaultValue("1000") int fetchSize,
    @DefaultValue("1000") int cachedAggregates) {}
