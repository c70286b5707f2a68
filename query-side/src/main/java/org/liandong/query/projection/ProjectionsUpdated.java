package org.liandong.query.projection;

/** Published once every projection has taken in an event of the given campaign or case. */
public record ProjectionsUpdated(String subject) {}
