package org.liandong.query.consuming;

import java.time.Instant;

/**
 * A projection's versions and how far each is.
 *
 * @param building the rebuild under way, or null
 * @param previous the version the last rebuild replaced, kept current until the next, or null
 * @param switchedAt when the last rebuild took over, or null
 */
public record ProjectionStatus(
    String name,
    VersionProgress serving,
    RebuildProgress building,
    VersionProgress previous,
    Instant switchedAt) {}
