package org.liandong.model.evaluation;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.regex.Pattern;
import org.liandong.model.InvalidValueException;
import org.liandong.model.id.CampaignId;

/**
 * An evaluation round's identity: {@code EVAL-} and its year, such as {@code EVAL-2020}, with an
 * optional suffix for a second round of a year ({@code EVAL-2020-B}). Campaigns may not take this
 * prefix ({@link CampaignId#ROUND_PREFIX}), so that a round's history never shares its id with a
 * campaign's.
 */
public record RoundId(@JsonValue String value) {

  private static final Pattern FORMAT =
      Pattern.compile(Pattern.quote(CampaignId.ROUND_PREFIX) + "[0-9]{4}(-[A-Z0-9]+)*");

  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  public RoundId {
    if (value == null || value.length() > 40 || !FORMAT.matcher(value).matches()) {
      throw InvalidValueException.of("must be EVAL- and a year, like EVAL-2020");
    }
  }

  @Override
  public String toString() {
    return value;
  }
}
