package org.liandong.query.statistics;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.liandong.model.reference.ReferenceEntry;
import org.liandong.query.cases.CaseFileView;
import org.liandong.query.cases.CaseFileView.Outcome;

/**
 * Case transfers of a year (by the day a case was sent on, in UTC), and what became of them by a
 * given moment: accepted, returned, or still awaiting a decision; and the average days from
 * transfer to decision. Counted from the case files when asked, so that an as-of answer needs
 * nothing more.
 */
public record CaseTransferFigures(
    long transferred, long accepted, long returned, long awaiting, BigDecimal averageDaysToDecide) {

  private static final BigDecimal SECONDS_PER_DAY = BigDecimal.valueOf(86_400);

  /** The figures of one region. */
  public record RegionTransfers(ReferenceEntry region, CaseTransferFigures transfers) {}

  /** All regions' figures and each region's, in region code order. */
  public record OfYear(CaseTransferFigures total, List<RegionTransfers> byRegion) {}

  static OfYear of(List<CaseFileView> cases, int year, Instant moment) {
    Counter total = new Counter();
    Map<String, Counter> byRegion = new TreeMap<>();
    Map<String, ReferenceEntry> regions = new TreeMap<>();
    for (CaseFileView file : cases) {
      for (CaseFileView.Stage stage : file.stages()) {
        Instant sent = stage.transferredAt();
        if (sent.isAfter(moment) || sent.atZone(ZoneOffset.UTC).getYear() != year) {
          continue;
        }
        Instant decided = stage.decidedAt();
        boolean decidedBy = decided != null && !decided.isAfter(moment);
        Outcome outcome = decidedBy ? stage.outcome() : null;
        long seconds = decidedBy ? decided.getEpochSecond() - sent.getEpochSecond() : 0;
        total.count(outcome, seconds);
        regions.put(file.region().code(), file.region());
        byRegion
            .computeIfAbsent(file.region().code(), code -> new Counter())
            .count(outcome, seconds);
      }
    }
    return new OfYear(
        total.figures(),
        byRegion.entrySet().stream()
            .map(
                entry ->
                    new RegionTransfers(regions.get(entry.getKey()), entry.getValue().figures()))
            .toList());
  }

  private static final class Counter {
    private long transferred;
    private long accepted;
    private long returned;
    private long decisionSeconds;

    void count(Outcome outcome, long seconds) {
      transferred++;
      if (outcome == Outcome.ACCEPTED) {
        accepted++;
      } else if (outcome == Outcome.RETURNED) {
        returned++;
      }
      decisionSeconds += seconds;
    }

    CaseTransferFigures figures() {
      long decided = accepted + returned;
      return new CaseTransferFigures(
          transferred,
          accepted,
          returned,
          transferred - decided,
          decided == 0
              ? null
              : BigDecimal.valueOf(decisionSeconds)
                  .divide(
                      SECONDS_PER_DAY.multiply(BigDecimal.valueOf(decided)),
                      2,
                      RoundingMode.HALF_UP));
    }
  }
}
