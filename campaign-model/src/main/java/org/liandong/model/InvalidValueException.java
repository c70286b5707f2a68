package org.liandong.model;

/**
 * A value that the contract does not accept. {@link #field()} names the offending field when the
 * thrower knows it (a command knows its own fields); a value object does not know which field holds
 * it, and leaves the field to whoever binds it (the REST layer takes it from the JSON path).
 */
public class InvalidValueException extends IllegalArgumentException {

  private final String field;

  public InvalidValueException(String field, String reason) {
    super(reason);
    this.field = field;
  }

  public static InvalidValueException of(String reason) {
    return new InvalidValueException(null, reason);
  }

  /** The field at fault, or {@code null} when the thrower does not know it. */
  public String field() {
    return field;
  }

  public String reason() {
    return getMessage();
  }
}
