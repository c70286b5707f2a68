package org.liandong.benchmarks;

/**
 * One measured figure, beside the limit of the part it is measured against.
 *
 * @param limit what bounds it, measured in the same run, or null
 * @param limitValue that limit's value, or null
 * @param target what the issues ask of it, as text, or null
 * @param events the store size it was measured at, or null where the size does not matter
 * @param failure why the step that measures it failed (its value is then 0), or null
 */
record Figure(
    String name,
    double value,
    String unit,
    String limit,
    Double limitValue,
    String target,
    Integer events,
    String failure) {

  Figure(String name, double value, String unit, String limit, Double limitValue, String target) {
    this(name, value, unit, limit, limitValue, target, null, null);
  }

  /** A step that measured nothing, and why. */
  static Figure failed(String step, Integer events, String reason) {
    return new Figure(step, 0, "", null, null, null, events, reason);
  }

  Figure at(Integer size) {
    return new Figure(name, value, unit, limit, limitValue, target, size, failure);
  }

  /** The figure divided by its limit; null without one. */
  Double ratio() {
    return limitValue == null || limitValue == 0 ? null : value / limitValue;
  }
}
