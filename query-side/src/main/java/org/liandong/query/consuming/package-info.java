/**
 * The projection engine's running part: a Kafka consumer group per version of each projection
 * ({@code ProjectionRunner}), kept going by {@code ProjectionRunners}; how far each is ({@code
 * ProgressMeter}), when a rebuild takes over ({@code SwitchOver}), the records one cannot take in
 * and the dead-letter topic (ADR 0011), health and the {@code /projections} endpoints.
 */
package org.liandong.query.consuming;
