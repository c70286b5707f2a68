package org.liandong.query.evaluation;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.liandong.model.reference.ReferenceEntry;
import org.liandong.query.api.Table;
import org.liandong.query.api.Tabular;
import org.liandong.query.evaluation.RoundState.Appeal;
import org.liandong.query.evaluation.RoundState.EvaluatorScore;
import org.liandong.query.evaluation.RoundState.Settlement;

/**
 * An evaluation round as the API shows it: where it stands and, region by region in rank order, the
 * total, grade and rank, explained section by section and indicator by indicator.
 */
record RoundView(
    String roundId,
    int year,
    String title,
    Instant cutOff,
    String phase,
    int schemeVersion,
    LocalDate publishedOn,
    String lead,
    List<RegionResult> ranking)
    implements Tabular {

  /** A region's result: {@code total} with decided appeals, {@code publishedTotal} as published. */
  record RegionResult(
      ReferenceEntry region,
      int rank,
      BigDecimal total,
      BigDecimal publishedTotal,
      String grade,
      String selfAssessment,
      List<SectionResult> sections) {}

  record SectionResult(
      String code,
      String title,
      int points,
      BigDecimal deducted,
      BigDecimal score,
      BigDecimal publishedScore,
      List<IndicatorResult> indicators) {}

  /**
   * An indicator's score: a computed one with the region's {@code figure} as of the cut-off; an
   * assessed one with each evaluator's score, whether they were too far apart ({@code flagged}),
   * the lead evaluator's settlement and the region's appeal, if any.
   */
  record IndicatorResult(
      String code,
      String title,
      String kind,
      int points,
      BigDecimal figure,
      BigDecimal score,
      BigDecimal publishedScore,
      boolean flagged,
      Settlement settlement,
      List<EvaluatorScore> evaluatorScores,
      Appeal appeal) {}

  @Override
  public String fileName() {
    return roundId;
  }

  /** The ranking, one row a region. */
  @Override
  public List<Table> tables() {
    Table.Builder table =
        Table.named(
            "ranking", "rank", "code", "nameZh", "nameEn", "total", "publishedTotal", "grade");
    ranking.forEach(
        result ->
            table.row(
                result.rank(),
                Table.named(result.region()),
                result.total(),
                result.publishedTotal(),
                result.grade()));
    return List.of(table.build());
  }
}
