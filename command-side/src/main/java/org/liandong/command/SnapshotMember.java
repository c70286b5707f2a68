package org.liandong.command;

import com.fasterxml.jackson.annotation.JacksonAnnotationsInside;
import com.fasterxml.jackson.annotation.JsonBackReference;
import com.fasterxml.jackson.annotation.JsonManagedReference;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.axonframework.modelling.command.AggregateMember;

/**
 * A member of an aggregate ({@link AggregateMember}), kept in the aggregate's snapshots: Jackson
 * writes it with the aggregate and, as it reads a snapshot, sets the aggregate into the member's
 * {@link JsonBackReference} field.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.FIELD)
@AggregateMember
@JacksonAnnotationsInside
@JsonManagedReference
public @interface SnapshotMember {}
