package org.liandong.web.api;

/** One field an API refused, as its problem+json {@code errors} name it. */
public record FieldProblem(String field, String reason) {}
