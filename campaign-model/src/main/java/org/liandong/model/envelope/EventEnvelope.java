package org.liandong.model.envelope;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.cloudevents.CloudEvent;
import io.cloudevents.core.builder.CloudEventBuilder;
import io.cloudevents.core.format.EventFormat;
import io.cloudevents.jackson.JsonFormat;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import org.liandong.model.access.Actor;
import org.liandong.model.campaign.CampaignJson;
import org.liandong.model.event.DomainEvent;

/**
 * One event on the wire: a CloudEvents 1.0 structured-mode JSON document.
 *
 * <ul>
 *   <li>{@code id}: the event's id in the event store, unique across all events;
 *   <li>{@code source}: {@code /campaigns/<id>} or {@code /cases/<id>}; {@code subject}: that id;
 *   <li>{@code type}: {@code org.liandong.campaign.<EventName>} or {@code
 *       org.liandong.case.<EventName>}; {@code time}: when it was stored;
 *   <li>{@code aggregatesequence}: its position in the campaign's or case's history, from 0;
 *   <li>{@code datarevision}: the revision of the event's form; {@code data}: the event itself;
 *   <li>{@code actoruser}, {@code actorrole}, {@code actordepartment}, {@code actorregion}: who
 *       caused it (absent for events stored before actors were recorded).
 * </ul>
 *
 * The same event may arrive more than once; readers deduplicate by subject and sequence.
 */
public record EventEnvelope(
    String eventId,
    long sequence,
    Instant storedAt,
    String revision,
    DomainEvent event,
    Actor actor) {

  public static final String SEQUENCE_EXTENSION = "aggregatesequence";
  public static final String REVISION_EXTENSION = "datarevision";
  static final String ACTOR_USER = "actoruser";
  static final String ACTOR_ROLE = "actorrole";
  static final String ACTOR_DEPARTMENT = "actordepartment";
  static final String ACTOR_REGION = "actorregion";

  private static final EventFormat FORMAT = new JsonFormat();

  private static final ObjectMapper JSON = CampaignJson.mapper();

  /** The campaign's or case's id: the record key, so that one history stays in order. */
  public String subject() {
    return event.subject();
  }

  /** The envelope as a CloudEvent, for a protocol binding to write. */
  public CloudEvent toCloudEvent() {
    CloudEventBuilder builder =
        CloudEventBuilder.v1()
            .withId(eventId)
            .withSource(URI.create(event.source()))
            .withSubject(subject())
            .withType(EventTypes.typeOf(event.getClass()))
            .withTime(storedAt.atOffset(ZoneOffset.UTC))
            .withDataContentType("application/json")
            .withExtension(SEQUENCE_EXTENSION, sequence)
            .withExtension(REVISION_EXTENSION, revision)
            .withData(data());
    if (actor != null) {
      builder
          .withExtension(ACTOR_USER, actor.user())
          .withExtension(ACTOR_ROLE, actor.role().name());
      if (actor.department() != null) {
        builder.withExtension(ACTOR_DEPARTMENT, actor.department().value());
      }
      if (actor.region() != null) {
        builder.withExtension(ACTOR_REGION, actor.region().value());
      }
    }
    return builder.build();
  }

  /** The envelope as a structured-mode CloudEvents JSON document. */
  public byte[] encode() {
    return FORMAT.serialize(toCloudEvent());
  }

  private byte[] data() {
    try {
      return JSON.writeValueAsBytes(event);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot encode event " + eventId, e);
    }
  }

  /**
   * Reads an envelope; empty when it holds an event type this reader does not know (written by a
   * newer producer), for readers that may pass over such events (a test, a tool). A reader that
   * counts events uses {@link #read} instead.
   *
   * @throws MalformedEnvelopeException when the bytes are not a campaign event envelope
   */
  public static Optional<EventEnvelope> decode(byte[] bytes) {
    try {
      return Optional.of(read(bytes));
    } catch (UnknownEventTypeException e) {
      return Optional.empty();
    }
  }

  /**
   * Reads an envelope.
   *
   * @throws UnknownEventTypeException when it holds an event type this reader does not know
   * @throws MalformedEnvelopeException when the bytes are not a campaign event envelope
   */
  public static EventEnvelope read(byte[] bytes) {
    return EnvelopeReader.read(bytes);
  }
}
