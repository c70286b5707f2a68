package org.liandong.command.api;

/** One field of a request at fault and why, as listed in a problem's {@code errors}. */
record FieldError(String field, String reason) {}
