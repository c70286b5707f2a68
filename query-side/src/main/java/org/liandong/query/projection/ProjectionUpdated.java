package org.liandong.query.projection;

/** Published once a projection has taken in an event of the given campaign or case. */
public record ProjectionUpdated(String projection, String subject) {}
