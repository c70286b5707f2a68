package org.liandong.model.code;

import java.math.BigDecimal;
import org.liandong.model.InvalidValueException;
import org.liandong.model.Require;

/**
 * An amount of goods in a unit of the reference data; positive, at most three decimal places, and
 * below a trillion, so that any number of them add up in thousandths without overflowing.
 */
public record Quantity(BigDecimal amount, UnitCode unit) {

  private static final BigDecimal LIMIT = new BigDecimal("1000000000000");

  public Quantity {
    Require.present(amount, "amount");
    Require.present(unit, "unit");
    if (amount.signum() <= 0) {
      throw new InvalidValueException("amount", "must be positive");
    }
    if (amount.stripTrailingZeros().scale() > 3) {
      throw new InvalidValueException("amount", "must have at most 3 decimal places");
    }
    if (amount.compareTo(LIMIT) >= 0) {
      throw new InvalidValueException("amount", "must be less than a trillion");
    }
  }
}
