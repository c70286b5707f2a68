package org.liandong.model.campaign;

import java.util.EnumMap;
import java.util.Map;
import org.liandong.model.Require;

/**
 * A kind of report that counts persons, and the cases they make up when the reporting body counts
 * those too (arrests approved, persons prosecuted): it names the two figures; what it checks and
 * what it adds follow from them.
 */
public sealed interface PersonsAndCases extends ReportDetails permits ArrestApproval, Prosecution {

  /** The figure the persons add to, and the one the cases add to when counted. */
  record Figures(Figure persons, Figure cases) {}

  /** The cases, or null when the report names the persons alone. */
  Integer cases();

  Integer persons();

  Figures counted();

  @Override
  default void check() {
    if (cases() != null) {
      Require.count(cases(), "cases");
    }
    Require.count(persons(), "persons");
  }

  @Override
  default Map<Figure, Long> figures() {
    Map<Figure, Long> figures = new EnumMap<>(Figure.class);
    figures.put(counted().persons(), (long) persons());
    if (cases() != null) {
      figures.put(counted().cases(), (long) cases());
    }
    return figures;
  }
}
