package org.liandong.model.publication;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import org.liandong.model.id.IdPrefix;

/**
 * A statistics release's identity: {@code REL-}, its year and a name, such as {@code
 * REL-2020-ANNUAL} or {@code REL-2020-SWORD-NET}. Campaigns may not take the prefix ({@link
 * IdPrefix#RELEASE}), so that a release's history never shares its id with a campaign's.
 */
public record ReleaseId(@JsonValue String value) {

  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  public ReleaseId {
    IdPrefix.RELEASE.check(value);
  }

  @Override
  public String toString() {
    return value;
  }
}
