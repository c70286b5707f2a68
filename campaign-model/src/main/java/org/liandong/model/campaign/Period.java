package org.liandong.model.campaign;

import java.time.LocalDate;
import org.liandong.model.InvalidValueException;
import org.liandong.model.Require;

/** The dates a campaign runs, both inclusive. */
public record Period(LocalDate startsOn, LocalDate endsOn) {

  public Period {
    Require.present(startsOn, "startsOn");
    Require.present(endsOn, "endsOn");
    if (endsOn.isBefore(startsOn)) {
      throw new InvalidValueException("endsOn", "must not be before startsOn");
    }
  }
}
