package org.liandong.query.web;

/** A query parameter the endpoint does not know, or a value it cannot take; answered 400. */
public class InvalidParameterException extends RuntimeException {

  private final String parameter;

  public InvalidParameterException(String parameter, String reason) {
    super(reason);
    this.parameter = parameter;
  }

  public String parameter() {
    return parameter;
  }
}
