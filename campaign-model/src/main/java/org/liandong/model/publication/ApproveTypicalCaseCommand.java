package org.liandong.model.publication;

import org.liandong.model.Require;
import org.liandong.model.id.TargetId;

/** The office approves a proposed typical case, which publishes it. */
public record ApproveTypicalCaseCommand(@TargetId TypicalCaseId typicalCaseId) {

  public ApproveTypicalCaseCommand {
    Require.present(typicalCaseId, "typicalCaseId");
  }
}
