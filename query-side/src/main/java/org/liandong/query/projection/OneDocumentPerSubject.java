package org.liandong.query.projection;

import java.util.List;
import org.bson.Document;
import org.liandong.model.envelope.EventEnvelope;
import org.liandong.model.event.DomainEvent;

/**
 * A projection of one family of events that keeps a document per history (a round, a release, a
 * typical case), which each of the family's events updates once ({@link
 * OncePerSequence#ofSubject}).
 *
 * @param <E> the family, a sealed interface of the contract
 */
public abstract class OneDocumentPerSubject<E extends DomainEvent> implements Projection {

  private final String name;
  private final Class<E> family;

  protected OneDocumentPerSubject(String name, Class<E> family) {
    this.name = name;
    this.family = family;
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public List<GuardedWrite> writesFor(EventEnvelope envelope) {
    if (!family.isInstance(envelope.event())) {
      return List.of();
    }
    E event = family.cast(envelope.event());
    return List.of(OncePerSequence.ofSubject(envelope, update(event, envelope)));
  }

  /** The update that takes one of the family's events into its history's document. */
  protected abstract Document update(E event, EventEnvelope envelope);
}
