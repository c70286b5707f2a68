package org.liandong.query.web;

/** A read of something that does not exist (yet); answered 404 naming the path field. */
public class NotFoundException extends RuntimeException {

  private final String field;

  private NotFoundException(String field, String reason) {
    super(reason);
    this.field = field;
  }

  public static NotFoundException of(String field, String value) {
    return new NotFoundException(field, "no " + field + " '" + value + "' is known");
  }

  public String field() {
    return field;
  }
}
