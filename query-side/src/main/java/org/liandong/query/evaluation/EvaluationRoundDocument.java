package org.liandong.query.evaluation;

import static org.liandong.query.projection.Stored.instant;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.bson.Document;
import org.liandong.model.campaign.CampaignJson;
import org.liandong.model.envelope.EventTypes;
import org.liandong.model.evaluation.EvaluationEvent;

/**
 * A round as {@link EvaluationProjection} stores it, one per round, and the one place that names
 * its fields: the round's events in order, each under its contract type with the moment it was
 * recorded. {@link #read} reads a stored one back, and each entry its event.
 */
record EvaluationRoundDocument(List<Entry> events) {

  static final String ID = "_id";
  static final String EVENTS = "events";

  private static final ObjectMapper JSON = CampaignJson.mapper();

  /**
   * One event of the round.
   *
   * @param type the event's type on the topic
   * @param event the event in the contract's JSON
   */
  record Entry(String type, Instant recordedAt, Map<String, Object> event) {

    static final String TYPE = "type";
    static final String RECORDED_AT = "recordedAt";
    static final String EVENT = "event";

    /** An event as the projection stores it. */
    static Document stored(EvaluationEvent event, Instant recordedAt) {
      return new Document(TYPE, EventTypes.typeOf(event.getClass()))
          .append(RECORDED_AT, recordedAt.toString())
          .append(EVENT, new Document(JSON.convertValue(event, Map.class)));
    }

    static Entry read(Document stored) {
      return new Entry(
          stored.getString(TYPE), instant(stored, RECORDED_AT), stored.get(EVENT, Document.class));
    }

    /** The contract's event this entry keeps. */
    EvaluationEvent toEvent() {
      Class<?> eventType =
          EventTypes.classOf(type)
              .orElseThrow(() -> new IllegalStateException("unknown event type " + type));
      return (EvaluationEvent) JSON.convertValue(event, eventType);
    }
  }

  static EvaluationRoundDocument read(Document stored) {
    return new EvaluationRoundDocument(
        stored.getList(EVENTS, Document.class, List.of()).stream().map(Entry::read).toList());
  }
}
