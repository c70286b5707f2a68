package org.liandong.model.publication;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.regex.Pattern;
import org.liandong.model.InvalidValueException;
import org.liandong.model.id.CampaignId;

/**
 * A statistics release's identity: {@code REL-}, its year and a name, such as {@code
 * REL-2020-ANNUAL} or {@code REL-2020-SWORD-NET}. Campaigns may not take the prefix ({@link
 * CampaignId#RELEASE_PREFIX}), so that a release's history never shares its id with a campaign's.
 */
public record ReleaseId(@JsonValue String value) {

  private static final Pattern FORMAT =
      Pattern.compile(Pattern.quote(CampaignId.RELEASE_PREFIX) + "[0-9]{4}(-[A-Z0-9]+)+");

  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  public ReleaseId {
    if (value == null || value.length() > 40 || !FORMAT.matcher(value).matches()) {
      throw InvalidValueException.of("must be REL-, a year and a name, like REL-2020-ANNUAL");
    }
  }

  @Override
  public String toString() {
    return value;
  }
}
