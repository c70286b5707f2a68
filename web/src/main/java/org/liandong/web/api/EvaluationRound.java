package org.liandong.web.api;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * A round as {@code GET /evaluations/{id}} answers it: where it stands and, region by region in
 * rank order, the total, grade and rank, explained section by section and indicator by indicator. A
 * provincial office before publication gets its own region alone, with rank 0.
 */
public record EvaluationRound(
    String roundId,
    int year,
    String title,
    Instant cutOff,
    String phase,
    int schemeVersion,
    LocalDate publishedOn,
    String lead,
    Progress progress,
    List<RegionResult> ranking) {

  /** One region's result, if the reader may read it. */
  public Optional<RegionResult> region(String code) {
    return ranking.stream().filter(result -> result.region().code().equals(code)).findFirst();
  }

  public record Progress(
      int regions,
      int assessed,
      int scoredTwice,
      int flagged,
      int settled,
      int selfAssessments,
      int appeals,
      int appealsDecided) {}

  public record RegionResult(
      Named region,
      int rank,
      BigDecimal total,
      BigDecimal publishedTotal,
      String grade,
      String selfAssessment,
      List<String> recordedAfterCutOff,
      List<SectionResult> sections) {

    /** Every indicator of every section, in the scheme's order. */
    public List<IndicatorResult> indicators() {
      return sections.stream().flatMap(section -> section.indicators().stream()).toList();
    }
  }

  public record SectionResult(
      String code,
      String title,
      int points,
      BigDecimal deducted,
      BigDecimal score,
      BigDecimal publishedScore,
      List<IndicatorResult> indicators) {}

  /**
   * An indicator's result: a computed one with its {@code figure} (the page links its sources by
   * its own path, so the answer's {@code sources} is not read), an assessed one with the
   * evaluators' scores, the settlement and the appeal.
   */
  public record IndicatorResult(
      String code,
      String title,
      String kind,
      int points,
      BigDecimal figure,
      BigDecimal rate,
      BigDecimal score,
      BigDecimal publishedScore,
      BigDecimal median,
      BigDecimal best,
      boolean flagged,
      Settlement settlement,
      List<EvaluatorScore> evaluatorScores,
      Appeal appeal) {}

  public record EvaluatorScore(String evaluator, BigDecimal score, String justification) {}

  public record Settlement(BigDecimal score, String reason) {}

  public record Appeal(String reason, String decision, BigDecimal score, String decisionReason) {}
}
