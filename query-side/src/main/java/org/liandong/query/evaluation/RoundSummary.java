package org.liandong.query.evaluation;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import org.liandong.model.evaluation.RoundId;

/** A round in the list of rounds: what it is and where it stands, without its results. */
record RoundSummary(
    RoundId roundId, int year, String title, String phase, Instant cutOff, LocalDate publishedOn) {

  /** The most recent year first, then by id. */
  static final Comparator<RoundSummary> ORDER =
      Comparator.comparingInt(RoundSummary::year)
          .reversed()
          .thenComparing(summary -> summary.roundId().value());

  static RoundSummary of(RoundState round) {
    return new RoundSummary(
        round.roundId,
        round.year,
        round.title,
        round.phase.name(),
        round.cutOff,
        round.publishedOn);
  }
}
