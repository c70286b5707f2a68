package org.liandong.model.evaluation;

import org.liandong.model.InvalidValueException;
import org.liandong.model.Require;

/** A grade a total earns from {@code minTotal} points up, such as "excellent" from 90. */
public record GradeBand(String name, int minTotal) {

  public GradeBand {
    name = Require.text(name, "name", 40);
    if (minTotal < 0 || minTotal > 100) {
      throw new InvalidValueException("minTotal", "must be from 0 to 100");
    }
  }
}
