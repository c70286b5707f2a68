package org.liandong.model.id;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.regex.Pattern;
import org.liandong.model.InvalidValueException;

/**
 * A campaign's identity: its code, such as {@code SWORD-NET-2020}. The office chooses it when it
 * launches the campaign, so that a retried launch names the same campaign.
 */
public record CampaignId(@JsonValue String value) {

  /** Ids of this prefix name evaluation rounds, so that no campaign shares its id with a round. */
  public static final String ROUND_PREFIX = "EVAL-";

  /** Ids of this prefix name statistics releases. */
  public static final String RELEASE_PREFIX = "REL-";

  /** Ids of this prefix name typical cases. */
  public static final String TYPICAL_CASE_PREFIX = "TC-";

  private static final Pattern FORMAT = Pattern.compile("[A-Z0-9]+(-[A-Z0-9]+)*");

  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  public CampaignId {
    if (value == null
        || value.length() < 3
        || value.length() > 40
        || !FORMAT.matcher(value).matches()) {
      throw InvalidValueException.of(
          "must be 3 to 40 upper-case letters, digits and single hyphens, like SWORD-NET-2020");
    }
    if (value.startsWith(ROUND_PREFIX)) {
      throw InvalidValueException.of(
          "must not start with " + ROUND_PREFIX + ", which names evaluation rounds");
    }
    if (value.startsWith(RELEASE_PREFIX) || value.startsWith(TYPICAL_CASE_PREFIX)) {
      throw InvalidValueException.of(
          "must not start with "
              + RELEASE_PREFIX
              + " or "
              + TYPICAL_CASE_PREFIX
              + ", which name releases and typical cases");
    }
  }

  @Override
  public String toString() {
    return value;
  }
}
