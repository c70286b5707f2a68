package org.liandong.model.publication;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.regex.Pattern;
import org.liandong.model.InvalidValueException;
import org.liandong.model.id.CampaignId;

/**
 * A typical case's identity: {@code TC-} and a name of capitals and digits, such as {@code
 * TC-2024-NINGBO}, chosen by the proposing department. Campaigns may not take the prefix ({@link
 * CampaignId#TYPICAL_CASE_PREFIX}).
 */
public record TypicalCaseId(@JsonValue String value) {

  private static final Pattern FORMAT =
      Pattern.compile(Pattern.quote(CampaignId.TYPICAL_CASE_PREFIX) + "[A-Z0-9]+(-[A-Z0-9]+)*");

  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  public TypicalCaseId {
    if (value == null || value.length() > 40 || !FORMAT.matcher(value).matches()) {
      throw InvalidValueException.of("must be TC- and a name, like TC-2024-NINGBO");
    }
  }

  @Override
  public String toString() {
    return value;
  }
}
