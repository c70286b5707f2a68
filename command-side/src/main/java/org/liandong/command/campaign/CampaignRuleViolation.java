package org.liandong.command.campaign;

/**
 * A command the campaign refuses in its current state. {@link Kind#CONFLICT} means the id is taken
 * by a different request; {@link Kind#RULE} means the request breaks a rule of the campaign.
 */
public class CampaignRuleViolation extends RuntimeException {

  public enum Kind {
    RULE,
    CONFLICT
  }

  private final Kind kind;
  private final String field;

  CampaignRuleViolation(Kind kind, String field, String reason) {
    super(reason);
    this.kind = kind;
    this.field = field;
  }

  static CampaignRuleViolation rule(String field, String reason) {
    return new CampaignRuleViolation(Kind.RULE, field, reason);
  }

  static CampaignRuleViolation conflict(String field, String reason) {
    return new CampaignRuleViolation(Kind.CONFLICT, field, reason);
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
