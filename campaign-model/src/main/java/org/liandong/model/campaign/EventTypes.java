package org.liandong.model.campaign;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The wire names of the events, derived from the sealed event hierarchy so that a new event type
 * cannot be forgotten here: {@code org.liandong.campaign.<SimpleName>} for a campaign's events,
 * {@code org.liandong.case.<SimpleName>} for a case's.
 */
public final class EventTypes {

  private static final Map<String, Class<? extends DomainEvent>> BY_TYPE = collect();

  private EventTypes() {}

  public static String typeOf(Class<? extends DomainEvent> eventClass) {
    String family = CaseEvent.class.isAssignableFrom(eventClass) ? "case" : "campaign";
    return "org.liandong." + family + "." + eventClass.getSimpleName();
  }

  public static String revisionOf(Class<? extends DomainEvent> eventClass) {
    EventRevision revision = eventClass.getAnnotation(EventRevision.class);
    if (revision == null) {
      throw new IllegalStateException(eventClass.getName() + " has no @EventRevision");
    }
    return revision.value();
  }

  /** The event class for a wire type, or empty for a type this reader does not know yet. */
  public static Optional<Class<? extends DomainEvent>> classOf(String type) {
    return type == null ? Optional.empty() : Optional.ofNullable(BY_TYPE.get(type));
  }

  public static Iterable<Class<? extends DomainEvent>> all() {
    return BY_TYPE.values();
  }

  private static Map<String, Class<? extends DomainEvent>> collect() {
    Map<String, Class<? extends DomainEvent>> types = new LinkedHashMap<>();
    addLeaves(DomainEvent.class, types);
    return Map.copyOf(types);
  }

  @SuppressWarnings("unchecked")
  private static void addLeaves(Class<?> type, Map<String, Class<? extends DomainEvent>> types) {
    if (type.isSealed()) {
      for (Class<?> sub : type.getPermittedSubclasses()) {
        addLeaves(sub, types);
      }
    } else {
      Class<? extends DomainEvent> leaf = (Class<? extends DomainEvent>) type;
      types.put(typeOf(leaf), leaf);
    }
  }
}
