package org.liandong.model.envelope;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.liandong.model.campaign.CampaignEvent;
import org.liandong.model.campaign.CaseEvent;
import org.liandong.model.evaluation.EvaluationEvent;
import org.liandong.model.event.DomainEvent;
import org.liandong.model.event.EventRevision;
import org.liandong.model.publication.PublicationEvent;

/**
 * The wire names of the events, derived from the sealed families of events so that a new event type
 * cannot be forgotten here: {@code org.liandong.<family>.<SimpleName>}, the family being {@code
 * campaign}, {@code case}, {@code evaluation} or {@code publication}.
 */
public final class EventTypes {

  /** Each family of events: its sealed interface and its name on the wire. */
  private static final Map<Class<? extends DomainEvent>, String> FAMILIES =
      Map.of(
          CampaignEvent.class,
          "campaign",
          CaseEvent.class,
          "case",
          EvaluationEvent.class,
          "evaluation",
          PublicationEvent.class,
          "publication");

  private static final Map<String, Class<? extends DomainEvent>> BY_TYPE = collect();

  private EventTypes() {}

  public static String typeOf(Class<? extends DomainEvent> eventClass) {
    String family =
        FAMILIES.entrySet().stream()
            .filter(entry -> entry.getKey().isAssignableFrom(eventClass))
            .map(Map.Entry::getValue)
            .findFirst()
            .orElseThrow(() -> new IllegalStateException(eventClass + " is of no family"));
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
    FAMILIES.keySet().forEach(family -> addLeaves(family, types));
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
