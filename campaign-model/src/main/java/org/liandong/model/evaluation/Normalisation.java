package org.liandong.model.evaluation;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.liandong.model.reference.RegionalFigures;

/**
 * How a computed indicator sets a region's figure against its size, so that a province of 100
 * million people and one of 4 million compare: by the resident population or the GDP of the round's
 * year, from the reference figures shipped with the contract ({@link RegionalFigures}).
 */
public enum Normalisation {
  /** The figure per million residents. */
  PER_MILLION_RESIDENTS,
  /** The figure per 100 billion yuan of GDP (the unit the statistical bulletins give GDP in). */
  PER_100_BILLION_YUAN_GDP;

  private static final BigDecimal MILLION = BigDecimal.valueOf(1_000_000);

  /** The figure per unit of the region's size in the year, to four decimals. */
  public BigDecimal apply(BigDecimal figure, RegionalFigures.Year year, String region) {
    BigDecimal units =
        this == PER_MILLION_RESIDENTS
            ? BigDecimal.valueOf(year.population(region)).divide(MILLION)
            : year.gdp(region).divide(BigDecimal.valueOf(1000));
    return figure.divide(units, 4, RoundingMode.HALF_UP);
  }
}
