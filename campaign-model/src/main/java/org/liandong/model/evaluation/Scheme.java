package org.liandong.model.evaluation;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.liandong.model.InvalidValueException;
import org.liandong.model.Require;
import org.liandong.model.reference.RegionalFigures;

/**
 * How a round scores the regions, carried in the round's events and versioned: sections of
 * indicators worth 100 points in all, the gap between two evaluators' scores beyond which the lead
 * evaluator must settle the score ({@code flagThreshold}), the grade bands, and how many days a
 * region has to appeal once the results are published.
 */
public record Scheme(
    int version,
    List<Section> sections,
    BigDecimal flagThreshold,
    List<GradeBand> grades,
    int appealDays) {

  public Scheme {
    if (version <= 0) {
      throw new InvalidValueException("version", "must be positive");
    }
    sections = List.copyOf(Require.notEmpty(sections, "sections"));
    Points.of(flagThreshold, "flagThreshold");
    grades =
        Require.notEmpty(grades, "grades").stream()
            .sorted(Comparator.comparingInt(GradeBand::minTotal).reversed())
            .toList();
    if (appealDays < 1 || appealDays > 90) {
      throw new InvalidValueException("appealDays", "must be from 1 to 90");
    }
    int total = sections.stream().mapToInt(Section::points).sum();
    if (total != 100) {
      throw new InvalidValueException("sections", "add up to " + total + " points, not 100");
    }
    requireUniqueCodes(sections);
    if (grades.get(grades.size() - 1).minTotal() != 0) {
      throw new InvalidValueException("grades", "the lowest grade must start at 0");
    }
    if (grades.stream().map(GradeBand::minTotal).distinct().count() != grades.size()) {
      throw new InvalidValueException("grades", "two grades start at the same total");
    }
  }

  private static void requireUniqueCodes(List<Section> sections) {
    Set<String> codes = new HashSet<>();
    for (Section section : sections) {
      if (!codes.add(section.code())) {
        throw new InvalidValueException("sections", "code " + section.code() + " is used twice");
      }
      for (Indicator indicator : section.indicators()) {
        if (!codes.add(indicator.code())) {
          throw new InvalidValueException(
              "sections", "code " + indicator.code() + " is used twice");
        }
      }
    }
  }

  public Optional<Indicator> indicator(String code) {
    return sections.stream()
        .flatMap(section -> section.indicators().stream())
        .filter(indicator -> indicator.code().equals(code))
        .findFirst();
  }

  public Optional<Section> section(String code) {
    return sections.stream().filter(section -> section.code().equals(code)).findFirst();
  }

  /** The indicators the evaluators score. */
  public List<Indicator> assessed() {
    return sections.stream()
        .flatMap(section -> section.indicators().stream())
        .filter(indicator -> indicator.kind() == IndicatorKind.ASSESSED)
        .toList();
  }

  /**
   * Checks that every indicator's source exists for a round of the year: the figures and tallies
   * are known to the contract, the reference figures an indicator is set against must be shipped.
   */
  public void requireSourcesFor(int year) {
    boolean normalised =
        sections.stream()
            .flatMap(section -> section.indicators().stream())
            .anyMatch(indicator -> indicator.per() != null);
    if (normalised && RegionalFigures.instance().year(year).isEmpty()) {
      throw new InvalidValueException(
          "scheme",
          "an indicator is set against the regions' population or GDP, which the reference"
              + " figures do not give for "
              + year);
    }
  }

  /** Whether evaluators' scores of one indicator are further apart than the scheme allows. */
  public boolean flags(Collection<BigDecimal> scores) {
    BigDecimal highest = scores.stream().reduce(BigDecimal::max).orElse(null);
    BigDecimal lowest = scores.stream().reduce(BigDecimal::min).orElse(null);
    return highest != null && highest.subtract(lowest).compareTo(flagThreshold) > 0;
  }

  /** The grade a total earns: the highest band it reaches. */
  public String grade(BigDecimal total) {
    return grades.stream()
        .filter(band -> total.compareTo(BigDecimal.valueOf(band.minTotal())) >= 0)
        .findFirst()
        .orElseThrow()
        .name();
  }
}
