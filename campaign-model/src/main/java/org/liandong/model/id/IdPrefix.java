package org.liandong.model.id;

import java.util.regex.Pattern;
import org.liandong.model.InvalidValueException;

/**
 * The kinds of id whose histories share the event store and the topic with campaigns', each told
 * apart by its prefix: no campaign may take one ({@link CampaignId}), so that no history shares its
 * id with another's. Each kind has its own form after the prefix.
 */
public enum IdPrefix {

  /** Evaluation rounds: a year, and a suffix for a second round of a year ({@code EVAL-2020-B}). */
  ROUND("EVAL-", "[0-9]{4}(-[A-Z0-9]+)*", "must be EVAL- and a year, like EVAL-2020"),

  /** Statistics releases: a year and a name. */
  RELEASE("REL-", "[0-9]{4}(-[A-Z0-9]+)+", "must be REL-, a year and a name, like REL-2020-ANNUAL"),

  /** Typical cases: a name of capitals and digits, chosen by the proposing department. */
  TYPICAL_CASE("TC-", "[A-Z0-9]+(-[A-Z0-9]+)*", "must be TC- and a name, like TC-2024-NINGBO");

  /** The longest id of any kind, a campaign's too. */
  private static final int MAX_LENGTH = 40;

  private final String prefix;
  private final Pattern form;
  private final String expected;

  IdPrefix(String prefix, String rest, String expected) {
    this.prefix = prefix;
    this.form = Pattern.compile(Pattern.quote(prefix) + rest);
    this.expected = expected;
  }

  public String prefix() {
    return prefix;
  }

  /** An id of this kind: its prefix, then its form, in at most 40 characters. */
  public void check(String value) {
    if (value == null || value.length() > MAX_LENGTH || !form.matcher(value).matches()) {
      throw InvalidValueException.of(expected);
    }
  }
}
