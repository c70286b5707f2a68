package org.liandong.model.evaluation;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import org.liandong.model.id.IdPrefix;

/**
 * An evaluation round's identity: {@code EVAL-} and its year, such as {@code EVAL-2020}, with an
 * optional suffix for a second round of a year ({@code EVAL-2020-B}). Campaigns may not take this
 * prefix ({@link IdPrefix#ROUND}), so that a round's history never shares its id with a campaign's.
 */
public record RoundId(@JsonValue String value) {

  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  public RoundId {
    IdPrefix.ROUND.check(value);
  }

  @Override
  public String toString() {
    return value;
  }
}
