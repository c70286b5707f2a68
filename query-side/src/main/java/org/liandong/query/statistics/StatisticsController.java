package org.liandong.query.statistics;

import java.time.Instant;
import org.liandong.model.access.Actor;
import org.liandong.model.reference.ReferenceData;
import org.liandong.query.web.InvalidParameterException;
import org.liandong.query.web.Scope;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * National and regional statistics of a year, across campaigns; now, or as of a past moment; and
 * the reports behind each figure.
 */
@RestController
class StatisticsController {

  private final YearFigures figures;
  private final Scope scope;

  StatisticsController(YearFigures figures, Scope scope) {
    this.figures = figures;
    this.scope = scope;
  }

  /** A year with no reports answers zeros, not 404: the figures of that year are nil. */
  @GetMapping("/statistics/{year}")
  YearStatistics year(@PathVariable int year, Actor reader) {
    requirePublished(reader, year);
    return figures.now(year);
  }

  /**
   * The year's figures as they stood at a past moment of recording: later reports, corrections and
   * retractions, and later case decisions, do not change the answer.
   */
  @GetMapping("/statistics/{year}/as-of")
  YearStatistics asOf(
      @PathVariable int year, @RequestParam(required = false) Instant recordedBy, Actor reader) {
    requirePublished(reader, year);
    return figures.asOf(year, recordedBy == null ? Instant.now() : recordedBy);
  }

  /**
   * The reports behind one figure of the year, in one of its breakdowns, as they stand now or at a
   * past moment of recording; those the reader may not read are counted, not shown.
   */
  @GetMapping("/statistics/{year}/reports")
  FigureSources reports(
      @PathVariable int year,
      @ParameterObject SourceFilter filter,
      @RequestParam(required = false) Instant recordedBy,
      Actor reader) {
    requirePublished(reader, year);
    requireKnown(filter);
    return figures.sources(year, filter, recordedBy == null ? Instant.now() : recordedBy, reader);
  }

  private static void requireKnown(SourceFilter filter) {
    if (filter.figure() == null) {
      throw new InvalidParameterException("figure", "is required: the field name of a figure");
    }
    ReferenceData reference = ReferenceData.instance();
    if (filter.region() != null
        && !SourceFilter.NATIONAL.equals(filter.region())
        && reference.region(filter.region()).isEmpty()) {
      throw new InvalidParameterException(
          "region", "must be a region code or " + SourceFilter.NATIONAL);
    }
    if (filter.department() != null && reference.department(filter.department()).isEmpty()) {
      throw new InvalidParameterException("department", "is not in the reference data");
    }
    if (filter.category() != null && reference.goodsCategory(filter.category()).isEmpty()) {
      throw new InvalidParameterException("category", "is not in the reference data");
    }
  }

  /** A year's statistics are published to every signed-in reader, for a year there can be. */
  private void requirePublished(Actor reader, int year) {
    scope.published(reader);
    if (year < 1949 || year > 2100) {
      throw new InvalidParameterException("year", "must be a year from 1949 to 2100");
    }
  }
}
