package org.liandong.command.eventstore;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the MongoDB event store. The database comes from {@code spring.data.mongodb.uri}.
 *
 * @param lookBack how far behind its newest event a tracking reader looks again for events stored
 *     late (an event's timestamp is taken before it is stored). It must exceed the longest time
 *     between an event's creation and its commit.
 * @param snapshotThreshold events after which a campaign's state is snapshotted
 * @param fetchSize events read from MongoDB in one query, by a tracking processor catching up or
 *     when a campaign is loaded; each query of the embedded stand-in scans the whole collection, so
 *     fewer, larger reads catch up a backlog faster
 */
@ConfigurationProperties("liandong.event-store")
public record EventStoreProperties(
    @DefaultValue("5s") Duration lookBack,
    @DefaultValue("250") int snapshotThreshold,
    @DefaultValue("1000") int fetchSize,
    @DefaultValue("1000") int cachedAggregates,
    @DefaultValue("500") int cachedEvents) {}
