package org.liandong.access;

/** The acting user's role or department does not allow the request; answered 403. */
public class AccessRefusedException extends RuntimeException {

  private final String field;

  /**
   * @param field the request field that names what the user may not act for, or null when the role
   *     alone refuses
   */
  public AccessRefusedException(String field, String reason) {
    super(reason);
    this.field = field;
  }

  public String field() {
    return field;
  }
}
