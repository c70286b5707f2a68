package org.liandong.command;

/**
 * A command an aggregate (a campaign, a case) refuses in its current state. {@link Kind#CONFLICT}
 * means the id is taken by a different request; {@link Kind#RULE} means the request breaks a rule
 * of the campaign.
 */
public class RuleViolation extends RuntimeException {

  public enum Kind {
    RULE,
    CONFLICT
  }

  private final Kind kind;
  private final String field;

  private RuleViolation(Kind kind, String field, String reason) {
    super(reason);
    this.kind = kind;
    this.field = field;
  }

  public static RuleViolation rule(String field, String reason) {
    return new RuleViolation(Kind.RULE, field, reason);
  }

  public static RuleViolation conflict(String field, String reason) {
    return new RuleViolation(Kind.CONFLICT, field, reason);
  }

  public Kind kind() {
    return kind;
  }

  public String field() {
    return field;
  }

  public String reason() {
    return getMessage();
  }
}
