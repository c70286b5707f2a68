package org.liandong.model.evaluation;

import org.liandong.model.Require;
import org.liandong.model.id.TargetId;

/** The office revises the scheme of a round still in draft. */
public record ReviseSchemeCommand(@TargetId RoundId roundId, Scheme scheme) {

  public ReviseSchemeCommand {
    Require.present(roundId, "roundId");
    Require.present(scheme, "scheme");
  }
}
