package org.liandong.query.evaluation;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.liandong.model.evaluation.RoundId;
import org.liandong.model.reference.ReferenceEntry;
import org.liandong.query.evaluation.RoundState.Appeal;
import org.liandong.query.evaluation.RoundState.EvaluatorScore;
import org.liandong.query.evaluation.RoundState.Settlement;
import org.liandong.query.export.Table;
import org.liandong.query.export.Tabular;

/**
 * An evaluation round as the API shows it: where it stands and, region by region in rank order, the
 * total, grade and rank, explained section by section and indicator by indicator; {@code
 * recordedBy} is the moment it stood at, null for now.
 */
record RoundView(
    RoundId roundId,
    int year,
    String title,
    Instant recordedBy,
    Instant cutOff,
    String phase,
    int schemeVersion,
    LocalDate publishedOn,
    String lead,
    Progress progress,
    List<RegionResult> ranking)
    implements Tabular {

  /**
   * How far the round has come: of each region's assessed indicators, how many have two scores at
   * least, how many are flagged (scores too far apart) and how many settled; the self-assessments
   * submitted; the appeals lodged and decided.
   */
  record Progress(
      int regions,
      int assessed,
      int scoredTwice,
      int flagged,
      int settled,
      int selfAssessments,
      int appeals,
      int appealsDecided) {}

  /**
   * A region's result: {@code total} with decided appeals, {@code publishedTotal} as published;
   * {@code recordedAfterCutOff} names the region's reports recorded too late to count.
   */
  record RegionResult(
      ReferenceEntry region,
      int rank,
      BigDecimal total,
      BigDecimal publishedTotal,
      String grade,
      String selfAssessment,
      List<String> recordedAfterCutOff,
      List<SectionResult> sections) {

    /** The region's own result, without its rank or the other regions' median and best. */
    RegionResult alone() {
      return new RegionResult(
          region,
          0,
          total,
          publishedTotal,
          grade,
          selfAssessment,
          recordedAfterCutOff,
          sections.stream()
              .map(
                  section ->
                      section.withIndicators(
                          section.indicators().stream()
                              .map(indicator -> indicator.compared(null, null))
                              .toList()))
              .toList());
    }
  }

  record SectionResult(
      String code,
      String title,
      int points,
      BigDecimal deducted,
      BigDecimal score,
      BigDecimal publishedScore,
      List<IndicatorResult> indicators) {

    SectionResult withIndicators(List<IndicatorResult> compared) {
      return new SectionResult(code, title, points, deducted, score, publishedScore, compared);
    }
  }

  /**
   * An indicator's score, beside the median and the best of every region evaluated: a computed one
   * with the region's {@code figure} as of the cut-off, the {@code rate} it is scored on when set
   * against the region's population or GDP, and where to read the reports, tasks or case transfers
   * that add up to the figure ({@code sources}); an assessed one with each evaluator's score,
   * whether they were too far apart ({@code flagged}), the lead evaluator's settlement and the
   * region's appeal, if any.
   */
  record IndicatorResult(
      String code,
      String title,
      String kind,
      int points,
      BigDecimal figure,
      BigDecimal rate,
      String sources,
      BigDecimal score,
      BigDecimal publishedScore,
      BigDecimal median,
      BigDecimal best,
      boolean flagged,
      Settlement settlement,
      List<EvaluatorScore> evaluatorScores,
      Appeal appeal) {

    IndicatorResult compared(BigDecimal nationalMedian, BigDecimal nationalBest) {
      return new IndicatorResult(
          code,
          title,
          kind,
          points,
          figure,
          rate,
          sources,
          score,
          publishedScore,
          nationalMedian,
          nationalBest,
          flagged,
          settlement,
          evaluatorScores,
          appeal);
    }
  }

  @Override
  public String fileName() {
    return roundId.value();
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
