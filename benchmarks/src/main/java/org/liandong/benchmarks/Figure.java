package org.liandong.benchmarks;

/**
 * One measured figure, beside the limit of the part it is measured against.
 *
 * @param limit what bounds it, measured in the same run, or null
 * @param limitValue that limit's value, or null
 * @param target what issue 6 asks of it, as text, or null
 */
record Figure(
    String name, double value, String unit, String limit, Double limitValue, String target) {

  /** The figure divided by its limit; null without one. */
  Double ratio() {
    return limitValue == null || limitValue == 0 ? null : value / limitValue;
  }
}
