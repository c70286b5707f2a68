/**
 * What a projection is, apart from how it is fed: the {@code Projection} interface, the guard that
 * takes an event in once per campaign sequence ({@code OncePerSequence}), the versions of each
 * projection and the collection that serves reads ({@code ProjectionVersions}, ADR 0007), the reads
 * of what serves ({@code ServedViews}), and the coverage a view reports. Knows neither Kafka nor
 * the web.
 */
package org.liandong.query.projection;
