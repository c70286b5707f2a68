/**
 * The web edge of the query side: what every endpoint shares. Errors as RFC 9457 problem+json
 * ({@code ProblemResponses}), the parameters an endpoint knows, the reader's {@code Scope} (every
 * endpoint goes through it), the OpenAPI document and the reference data. Knows no feature.
 */
package org.liandong.query.web;
