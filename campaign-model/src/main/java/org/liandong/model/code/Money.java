package org.liandong.model.code;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.math.BigDecimal;
import org.liandong.model.InvalidValueException;

/**
 * An amount in yuan (CNY); positive, at most two decimal places (fen), and below a trillion yuan,
 * so that any number of them add up in fen without overflowing.
 */
public record Money(@JsonValue BigDecimal yuan) {

  private static final BigDecimal LIMIT = new BigDecimal("1000000000000");

  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  public Money {
    if (yuan == null || yuan.signum() <= 0) {
      throw InvalidValueException.of("must be a positive amount of yuan");
    }
    if (yuan.stripTrailingZeros().scale() > 2) {
      throw InvalidValueException.of("must have at most 2 decimal places (fen)");
    }
    if (yuan.compareTo(LIMIT) >= 0) {
      throw InvalidValueException.of("must be less than a trillion yuan");
    }
  }

  /** The amount in fen, the unit projections add up exactly. */
  public long fen() {
    return yuan.movePointRight(2).longValueExact();
  }
}
