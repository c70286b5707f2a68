package org.liandong.model.evaluation;

import java.time.Instant;
import org.liandong.model.InvalidValueException;
import org.liandong.model.Require;
import org.liandong.model.id.TargetId;

/** The office drafts an evaluation round: its year, title, cut-off and scheme. */
public record DraftRoundCommand(
    @TargetId RoundId roundId, int year, String title, Instant cutOff, Scheme scheme) {

  public DraftRoundCommand {
    Require.present(roundId, "roundId");
    if (year < 2000 || year > 2100) {
      throw new InvalidValueException("year", "must be a year from 2000 to 2100");
    }
    title = Require.text(title, "title", 200);
    Require.present(cutOff, "cutOff");
    Require.present(scheme, "scheme");
    scheme.requireSourcesFor(year);
  }
}
