package org.liandong.model.campaign;

import java.util.Map;
import org.liandong.model.InvalidValueException;

/**
 * Target figures: each a positive number below a trillion (the bound of amounts in yuan), in a
 * stable order. Checked where a campaign sets its targets and where a task is given its own.
 */
public final class Targets {

  private static final long LIMIT = 1_000_000_000_000L;

  private Targets() {}

  public static Map<Figure, Long> checked(Map<Figure, Long> targets) {
    targets.forEach(
        (indicator, value) -> {
          if (indicator == null) {
            throw new InvalidValueException("targets", "must not name a null indicator");
          }
          if (value == null || value <= 0) {
            throw new InvalidValueException("targets." + indicator, "must be a positive number");
          }
          if (value >= LIMIT) {
            throw new InvalidValueException("targets." + indicator, "must be less than a trillion");
          }
        });
    return Sorted.targets(targets);
  }
}
