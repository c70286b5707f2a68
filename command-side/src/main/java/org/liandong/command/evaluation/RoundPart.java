package org.liandong.command.evaluation;

import com.fasterxml.jackson.annotation.JsonBackReference;
import org.liandong.command.SnapshotMember;
import org.liandong.command.SnapshotState;

/**
 * A member of the {@link EvaluationRound} aggregate ({@link SnapshotMember}), which it asks for the
 * phase, the scheme and who may do what.
 */
@SnapshotState
abstract class RoundPart {

  @JsonBackReference EvaluationRound round;

  /** For Jackson, which sets the round as it reads a snapshot. */
  RoundPart() {}

  RoundPart(EvaluationRound round) {
    this.round = round;
  }
}
