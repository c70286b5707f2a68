package org.liandong.command.eventstore;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Set;
import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.axonframework.serialization.upcasting.event.SingleEventUpcaster;
import org.liandong.model.campaign.GoodsSeized;
import org.liandong.model.campaign.SiteRaided;

/**
 * Lifts revision 1 of the report events to revision 2, which added {@code late}: a report stored
 * before the campaign phases existed was never late.
 */
class LateFlagUpcaster extends SingleEventUpcaster {

  private static final Set<String> REVISION_ONE =
      Set.of(SiteRaided.class.getName(), GoodsSeized.class.getName());

  @Override
  protected boolean canUpcast(IntermediateEventRepresentation representation) {
    return REVISION_ONE.contains(representation.getType().getName())
        && "1".equals(representation.getType().getRevision());
  }

  @Override
  protected IntermediateEventRepresentation doUpcast(
      IntermediateEventRepresentation representation) {
    return representation.upcastPayload(
        new SimpleSerializedType(representation.getType().getName(), "2"),
        JsonNode.class,
        payload -> ((ObjectNode) payload).put("late", false));
  }
}
