package org.liandong.access;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * When a node refuses changes rather than take on more than it can hold.
 *
 * @param maxChangesInProgress changes (POST, PUT, DELETE) a node works on at once
 * @param queueWait how long a change may wait for its turn before it is refused
 * @param heapLimit the share of a heap pool that may still be in use after a collection; above it,
 *     every change is refused until collections free memory again
 * @param retryAfter what a refusal tells the client to wait
 */
@ConfigurationProperties("liandong.overload")
public record OverloadProperties(
    @DefaultValue("64") int maxChangesInProgress,
    @DefaultValue("2s") Duration queueWait,
    @DefaultValue("0.85") double heapLimit,
    @DefaultValue("1s") Duration retryAfter) {}
