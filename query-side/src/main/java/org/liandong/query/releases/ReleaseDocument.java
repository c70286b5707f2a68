package org.liandong.query.releases;

import static org.liandong.query.projection.Stored.instant;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.bson.Document;
import org.liandong.model.campaign.CampaignJson;
import org.liandong.model.envelope.EventTypes;
import org.liandong.model.publication.ReleaseEvent;

/**
 * A release as {@link ReleaseProjection} stores it, one per release, and the one place that names
 * its fields: its events in order, each under its contract type with the moment it was recorded and
 * who recorded it. {@link #read} reads a stored one back, and each entry its event.
 */
record ReleaseDocument(List<Entry> events) {

  static final String ID = "_id";
  static final String EVENTS = "events";

  private static final ObjectMapper JSON = CampaignJson.mapper();

  /**
   * One event of the release.
   *
   * @param type the event's type on the topic
   * @param user who caused it
   * @param event the event in the contract's JSON
   */
  record Entry(String type, Instant recordedAt, String user, Map<String, Object> event) {

    static final String TYPE = "type";
    static final String RECORDED_AT = "recordedAt";
    static final String USER = "user";
    static final String EVENT = "event";

    /** An event as the projection stores it. */
    static Document stored(ReleaseEvent event, Instant recordedAt, String user) {
      return new Document(TYPE, EventTypes.typeOf(event.getClass()))
          .append(RECORDED_AT, recordedAt.toString())
          .append(USER, user)
          .append(EVENT, new Document(JSON.convertValue(event, Map.class)));
    }

    static Entry read(Document stored) {
      return new Entry(
          stored.getString(TYPE),
          instant(stored, RECORDED_AT),
          stored.getString(USER),
          stored.get(EVENT, Document.class));
    }

    /** The contract's event this entry keeps. */
    ReleaseEvent toEvent() {
      Class<?> eventType =
          EventTypes.classOf(type)
              .orElseThrow(() -> new IllegalStateException("unknown event type " + type));
      return (ReleaseEvent) JSON.convertValue(event, eventType);
    }
  }

  static ReleaseDocument read(Document stored) {
    return new ReleaseDocument(
        stored.getList(EVENTS, Document.class, List.of()).stream().map(Entry::read).toList());
  }
}
