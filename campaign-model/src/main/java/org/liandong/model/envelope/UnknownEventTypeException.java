package org.liandong.model.envelope;

/**
 * An envelope of an event type this reader does not know, written by a newer producer. It is no
 * fault of the record: a reader that meets one must stop, or set it aside visibly, until it is
 * upgraded; it may never drop it silently.
 */
public class UnknownEventTypeException extends MalformedEnvelopeException {

  public UnknownEventTypeException(String type, String eventId) {
    super("event " + eventId + " is of type " + type + ", which this reader does not know", null);
  }
}
