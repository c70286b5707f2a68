package org.liandong.model.event;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The revision of an event's shape, stored with every event and sent with it on the topic. It
 * changes whenever a field is added, removed or changes meaning, and readers upcast older revisions
 * to the current one. The contract's own annotation, so that a reader of the topic needs no
 * framework; the command side's serializer reads it.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface EventRevision {

  String value();
}
