package org.liandong.model.envelope;

/** Bytes on the campaign topic that are not a readable campaign event envelope. */
public class MalformedEnvelopeException extends RuntimeException {

  public MalformedEnvelopeException(String message, Throwable cause) {
    super(message, cause);
  }
}
