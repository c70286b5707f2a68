package org.liandong.model.campaign;

import java.util.Locale;

/**
 * A figure that field reports add up to and a campaign may set targets for: the one list of them.
 * Each kind of report says which figures it adds ({@link FieldReport#figures()}); every total,
 * breakdown, table and target is keyed by these. A figure counts whole things, or money in yuan,
 * which is added up in fen so that sums are exact.
 */
public enum Figure {
  CASES_FILED(Measure.COUNT),
  CRIMINAL_CASES(Measure.COUNT),
  VALUE_INVOLVED_CNY(Measure.YUAN),
  SITES_RAIDED(Measure.COUNT),
  SEIZURES(Measure.COUNT),
  GOODS_VALUE_CNY(Measure.YUAN),
  SUSPECTS_ARRESTED(Measure.COUNT),
  GANGS_DISMANTLED(Measure.COUNT),
  WEBSITES_CLOSED(Measure.COUNT),
  SHIPMENTS_INTERCEPTED(Measure.COUNT),
  ONLINE_STORES_CLOSED(Measure.COUNT),
  DENS_DISMANTLED(Measure.COUNT),
  OFFICERS_DISPATCHED(Measure.COUNT),
  CASES_REFERRED(Measure.COUNT),
  ARREST_CASES_APPROVED(Measure.COUNT),
  PERSONS_APPROVED_FOR_ARREST(Measure.COUNT),
  PROSECUTION_CASES(Measure.COUNT),
  PERSONS_PROSECUTED(Measure.COUNT),
  FIRST_INSTANCE_CONCLUDED(Measure.COUNT),
  COURT_CASES_RECEIVED(Measure.COUNT),
  COURT_CASES_CONCLUDED(Measure.COUNT),
  COMPENSATION_AWARDED_CNY(Measure.YUAN);

  /** What a figure measures: whole things, or money in yuan (added up in fen). */
  public enum Measure {
    COUNT,
    YUAN
  }

  private final Measure measure;

  /** Named once: views name figures for every total they read and write. */
  private final String field;

  private final String counter;

  Figure(Measure measure) {
    this.measure = measure;
    this.field = camelCase(name());
    this.counter = measure == Measure.YUAN ? field.replaceFirst("Cny$", "Fen") : field;
  }

  public Measure measure() {
    return measure;
  }

  /**
   * Its name in JSON and in table columns, such as {@code sitesRaided} or {@code goodsValueCny}.
   */
  public String field() {
    return field;
  }

  /**
   * The name of its counter where sums are kept: {@link #field()}, or for money the same name in
   * fen ({@code goodsValueFen}).
   */
  public String counter() {
    return counter;
  }

  private static String camelCase(String constant) {
    StringBuilder camel = new StringBuilder();
    for (String word : constant.toLowerCase(Locale.ROOT).split("_")) {
      camel.append(
          camel.isEmpty() ? word : Character.toUpperCase(word.charAt(0)) + word.substring(1));
    }
    return camel.toString();
  }
}
