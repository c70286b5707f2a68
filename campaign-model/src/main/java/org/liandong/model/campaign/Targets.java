package org.liandong.model.campaign;

import java.util.Map;
import org.liandong.model.InvalidValueException;

/** Target figures: each a positive number, in a stable order. */
final class Targets {

  private Targets() {}

  static Map<Indicator, Long> checked(Map<Indicator, Long> targets) {
    targets.forEach(
        (indicator, value) -> {
          if (indicator == null) {
            throw new InvalidValueException("targets", "must not name a null indicator");
          }
          if (value == null || value <= 0) {
            throw new InvalidValueException("targets." + indicator, "must be a positive number");
          }
        });
    return Sorted.targets(targets);
  }
}
