package org.liandong.command.publishing;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How stored events are carried to the topic.
 *
 * @param batchSize events of one history sent in one round, before its cursor is moved
 * @param sweepInterval how often the publisher looks for histories written by other nodes (or whose
 *     publication failed) and renews its lease
 * @param lease how long a publisher's lease lasts without renewal: after a node dies, another takes
 *     over within this time
 * @param recentEvents events this node appended that are kept for the publisher, so that it need
 *     not read them back from the store; beyond this it reads them
 */
@ConfigurationProperties("liandong.publication")
public record PublicationProperties(
    @DefaultValue("100") int batchSize,
    @DefaultValue("200ms") Duration sweepInterval,
    @DefaultValue("10s") Duration lease,
    @DefaultValue("10000") int recentEvents) {}
