package org.liandong.model.envelope;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import org.liandong.model.access.Actor;
import org.liandong.model.access.Role;
import org.liandong.model.campaign.CampaignJson;
import org.liandong.model.code.DepartmentCode;
import org.liandong.model.code.RegionCode;
import org.liandong.model.event.DomainEvent;

/**
 * Reads a CloudEvents 1.0 structured-mode JSON envelope in one pass: the attributes as they come,
 * and {@code data} bound straight into the event that {@code type} names, with no tree in between.
 * Every projection reads every record, and the SDK's reader builds the whole document as a tree
 * first and binds the event from it (ADR 0026). Should {@code data} come before {@code type}, it is
 * passed over and bound from its bytes once the type is known.
 */
final class EnvelopeReader {

  private static final ObjectMapper JSON = CampaignJson.mapper();

  private final byte[] bytes;
  private String specVersion;
  private String id;
  private String source;
  private String type;
  private String time;
  private String sequence;
  private String revision;
  private String actorUser;
  private String actorRole;
  private String actorDepartment;
  private String actorRegion;
  private DomainEvent event;
  private int dataStart = -1;
  private int dataEnd;
  private byte[] dataBase64;

  private EnvelopeReader(byte[] bytes) {
    this.bytes = bytes;
  }

  static EventEnvelope read(byte[] bytes) {
    return new EnvelopeReader(bytes).read();
  }

  private EventEnvelope read() {
    try (JsonParser parser = JSON.createParser(bytes)) {
      if (parser.nextToken() != JsonToken.START_OBJECT) {
        throw new MalformedEnvelopeException("not a CloudEvents JSON document", null);
      }
      while (parser.nextToken() == JsonToken.FIELD_NAME) {
        String name = parser.currentName();
        parser.nextToken();
        take(name, parser);
      }
      if (parser.currentToken() != JsonToken.END_OBJECT || parser.nextToken() != null) {
        throw new MalformedEnvelopeException("not a CloudEvents JSON document", null);
      }
    } catch (IOException e) {
      throw new MalformedEnvelopeException("not a CloudEvents JSON document", e);
    }
    return envelope();
  }

  private void take(String name, JsonParser parser) throws IOException {
    switch (name) {
      case "data" -> data(parser);
      case "data_base64" ->
          dataBase64 =
              parser.currentToken() == JsonToken.VALUE_NULL ? null : parser.getBinaryValue();
      default -> attribute(name, scalar(name, parser));
    }
  }

  private void attribute(String name, String value) {
    switch (name) {
      case "specversion" -> specVersion = value;
      case "id" -> id = value;
      case "source" -> source = value;
      case "type" -> type = value;
      case "time" -> time = value;
      case EventEnvelope.SEQUENCE_EXTENSION -> sequence = value;
      case EventEnvelope.REVISION_EXTENSION -> revision = value;
      case EventEnvelope.ACTOR_USER -> actorUser = value;
      case EventEnvelope.ACTOR_ROLE -> actorRole = value;
      case EventEnvelope.ACTOR_DEPARTMENT -> actorDepartment = value;
      case EventEnvelope.ACTOR_REGION -> actorRegion = value;
      default -> {
        // subject, datacontenttype, dataschema, other writers' extensions: the envelope keeps none
      }
    }
  }

  /** Attributes are strings, numbers or truth values; an object or a list is no attribute. */
  private static String scalar(String name, JsonParser parser) {
    if (!parser.currentToken().isScalarValue()) {
      throw new MalformedEnvelopeException("attribute " + name + " is not a single value", null);
    }
    try {
      return parser.getValueAsString();
    } catch (IOException e) {
      throw new MalformedEnvelopeException("attribute " + name + " is unreadable", e);
    }
  }

  private void data(JsonParser parser) throws IOException {
    event = null;
    dataStart = -1;
    JsonToken token = parser.currentToken();
    if (token == JsonToken.VALUE_NULL) {
      return;
    }
    if (token != JsonToken.START_OBJECT) {
      throw new MalformedEnvelopeException("envelope " + id + " has data that is no event", null);
    }
    Class<? extends DomainEvent> known =
        type == null ? null : EventTypes.classOf(type).orElse(null);
    if (known == null) {
      dataStart = (int) parser.currentTokenLocation().getByteOffset();
      parser.skipChildren();
      dataEnd = (int) parser.currentLocation().getByteOffset();
      return;
    }
    try {
      event = JSON.readValue(parser, known);
    } catch (IOException | RuntimeException e) {
      throw new MalformedEnvelopeException("envelope " + id + " has unreadable data", e);
    }
  }

  private EventEnvelope envelope() {
    if (!"1.0".equals(specVersion) || id == null || source == null || type == null) {
      throw new MalformedEnvelopeException(
          "envelope " + id + " is not CloudEvents 1.0 with an id, a source and a type", null);
    }
    Class<? extends DomainEvent> eventClass =
        EventTypes.classOf(type).orElseThrow(() -> new UnknownEventTypeException(type, id));
    Long position = position();
    if (position == null
        || revision == null
        || time == null
        || (event == null && dataStart < 0 && dataBase64 == null)) {
      throw new MalformedEnvelopeException(
          "envelope " + id + " lacks its sequence, revision, time or data", null);
    }
    return new EventEnvelope(
        id, position, storedAt(), revision, event != null ? event : bound(eventClass), actor());
  }

  private DomainEvent bound(Class<? extends DomainEvent> eventClass) {
    try {
      return dataStart >= 0
          ? JSON.readValue(bytes, dataStart, dataEnd - dataStart, eventClass)
          : JSON.readValue(dataBase64, eventClass);
    } catch (IOException | RuntimeException e) {
      throw new MalformedEnvelopeException("envelope " + id + " has unreadable data", e);
    }
  }

  private Long position() {
    try {
      return sequence == null ? null : Long.valueOf(sequence);
    } catch (NumberFormatException e) {
      return null;
    }
  }

  private Instant storedAt() {
    try {
      return OffsetDateTime.parse(time).toInstant();
    } catch (DateTimeParseException e) {
      throw new MalformedEnvelopeException("envelope " + id + " has no readable time", e);
    }
  }

  private Actor actor() {
    if (actorUser == null) {
      return null;
    }
    try {
      return new Actor(
          actorUser,
          Role.valueOf(String.valueOf(actorRole)),
          actorDepartment == null ? null : new DepartmentCode(actorDepartment),
          actorRegion == null ? null : new RegionCode(actorRegion));
    } catch (IllegalArgumentException e) {
      throw new MalformedEnvelopeException("envelope " + id + " names an unreadable actor", e);
    }
  }
}
