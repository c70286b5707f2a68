package org.liandong.model.id;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.regex.Pattern;
import org.liandong.model.InvalidValueException;

/**
 * A campaign's identity: its code, such as {@code SWORD-NET-2020}. The office chooses it when it
 * launches the campaign, so that a retried launch names the same campaign. It may not take the
 * prefix of another kind of history ({@link IdPrefix}).
 */
public record CampaignId(@JsonValue String value) {

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
    if (value.startsWith(IdPrefix.ROUND.prefix())) {
      throw InvalidValueException.of(
          "must not start with " + IdPrefix.ROUND.prefix() + ", which names evaluation rounds");
    }
    if (value.startsWith(IdPrefix.RELEASE.prefix())
        || value.startsWith(IdPrefix.TYPICAL_CASE.prefix())) {
      throw InvalidValueException.of(
          "must not start with "
              + IdPrefix.RELEASE.prefix()
              + " or "
              + IdPrefix.TYPICAL_CASE.prefix()
              + ", which name releases and typical cases");
    }
  }

  @Override
  public String toString() {
    return value;
  }
}
