package org.liandong.query.history;

import static org.liandong.query.projection.Stored.instant;
import static org.liandong.query.projection.Stored.text;

import java.time.Instant;
import java.util.Map;
import org.bson.Document;
import org.liandong.model.access.Actor;
import org.liandong.model.access.Role;
import org.liandong.model.code.DepartmentCode;
import org.liandong.model.code.RegionCode;

/**
 * One event of a campaign's or a case's history as {@link HistoryProjection} stores it and the
 * history API lists it, and the one place that names its fields. The entry's sequence is the one
 * the once-per-sequence guard keeps.
 *
 * @param actor who caused it; null for what the platform did by itself (a task falling overdue)
 * @param event the event in the contract's JSON
 */
record HistoryEntry(
    String type, Instant recordedAt, Acting actor, Map<String, Object> event, long sequence) {

  static final String ID = "_id";
  static final String SUBJECT = "subject";
  static final String TYPE = "type";
  static final String RECORDED_AT = "recordedAt";
  static final String ACTOR = "actor";
  static final String EVENT = "event";
  static final String SEQUENCE = "sequence";

  /** The user who caused an event, in the role, department and region it acted in. */
  record Acting(String user, Role role, DepartmentCode department, RegionCode region) {

    static final String USER = "user";
    static final String ROLE = "role";
    static final String DEPARTMENT = "department";
    static final String REGION = "region";

    /** The actor as stored; null for none. */
    static Document stored(Actor actor) {
      if (actor == null) {
        return null;
      }
      return new Document(USER, actor.user())
          .append(ROLE, actor.role().name())
          .append(DEPARTMENT, actor.department() == null ? null : actor.department().value())
          .append(REGION, actor.region() == null ? null : actor.region().value());
    }

    static Acting read(Document stored) {
      return stored == null
          ? null
          : new Acting(
              stored.getString(USER),
              text(stored, ROLE, Role::valueOf),
              text(stored, DEPARTMENT, DepartmentCode::new),
              text(stored, REGION, RegionCode::new));
    }
  }

  static HistoryEntry read(Document stored) {
    return new HistoryEntry(
        stored.getString(TYPE),
        instant(stored, RECORDED_AT),
        Acting.read(stored.get(ACTOR, Document.class)),
        stored.get(EVENT, Document.class),
        stored.get(SEQUENCE, Number.class).longValue());
  }
}
