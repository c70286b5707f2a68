package org.liandong.command;

import org.axonframework.modelling.command.AnnotationCommandTargetResolver;
import org.axonframework.modelling.command.CommandTargetResolver;
import org.axonframework.serialization.AnnotationRevisionResolver;
import org.axonframework.serialization.RevisionResolver;
import org.liandong.model.event.EventRevision;
import org.liandong.model.id.TargetId;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Axon reads the contract's own annotations: the contract is published to readers that have no
 * Axon, so it carries none. Commands name their campaign or case file with {@link TargetId}, events
 * their revision with {@link EventRevision}; the aggregates, which are the command side's own, keep
 * Axon's {@code @Revision} for their snapshots.
 */
@Configuration(proxyBeanMethods = false)
public class ContractConfiguration {

  /** Where a command goes: the aggregate its {@link TargetId} component names. */
  public static final CommandTargetResolver COMMAND_TARGETS =
      AnnotationCommandTargetResolver.builder()
          .targetAggregateIdentifierAnnotation(TargetId.class)
          .build();

  /** The revision stored with a payload: an event's {@link EventRevision}, else Axon's. */
  public static final RevisionResolver REVISIONS =
      new RevisionResolver() {
        private final RevisionResolver axonRevisions = new AnnotationRevisionResolver();

        @Override
        public String revisionOf(Class<?> payloadType) {
          EventRevision revision = payloadType.getAnnotation(EventRevision.class);
          return revision != null ? revision.value() : axonRevisions.revisionOf(payloadType);
        }
      };

  @Bean
  CommandTargetResolver commandTargets() {
    return COMMAND_TARGETS;
  }
}
