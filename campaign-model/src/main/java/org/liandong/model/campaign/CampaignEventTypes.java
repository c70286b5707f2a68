package org.liandong.model.campaign;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.axonframework.serialization.Revision;

/**
 * The wire names of the campaign events, derived from the sealed event hierarchy so that a new
 * event type cannot be forgotten here: {@code org.liandong.campaign.<SimpleName>}.
 */
public final class CampaignEventTypes {

  private static final String PREFIX = "org.liandong.campaign.";
  private static final Map<String, Class<? extends CampaignEvent>> BY_TYPE = collect();

  private CampaignEventTypes() {}

  public static String typeOf(Class<? extends CampaignEvent> eventClass) {
    return PREFIX + eventClass.getSimpleName();
  }

  public static String revisionOf(Class<? extends CampaignEvent> eventClass) {
    Revision revision = eventClass.getAnnotation(Revision.class);
    if (revision == null) {
      throw new IllegalStateException(eventClass.getName() + " has no @Revision");
    }
    return revision.value();
  }

  /** The event class for a wire type, or empty for a type this reader does not know yet. */
  public static Optional<Class<? extends CampaignEvent>> classOf(String type) {
    return Optional.ofNullable(BY_TYPE.get(type));
  }

  public static Iterable<Class<? extends CampaignEvent>> all() {
    return BY_TYPE.values();
  }

  private static Map<String, Class<? extends CampaignEvent>> collect() {
    Map<String, Class<? extends CampaignEvent>> types = new LinkedHashMap<>();
    addLeaves(CampaignEvent.class, types);
    return Map.copyOf(types);
  }

  @SuppressWarnings("unchecked")
  private static void addLeaves(Class<?> type, Map<String, Class<? extends CampaignEvent>> types) {
    if (type.isSealed()) {
      for (Class<?> sub : type.getPermittedSubclasses()) {
        addLeaves(sub, types);
      }
    } else {
      Class<? extends CampaignEvent> leaf = (Class<? extends CampaignEvent>) type;
      types.put(typeOf(leaf), leaf);
    }
  }
}
