package org.liandong.model.publication;

import org.liandong.model.Require;
import org.liandong.model.id.TargetId;

/** The office returns a proposed typical case to its department, with a reason. */
public record ReturnTypicalCaseCommand(@TargetId TypicalCaseId typicalCaseId, String reason) {

  public ReturnTypicalCaseCommand {
    Require.present(typicalCaseId, "typicalCaseId");
    reason = Require.text(reason, "reason", 500);
  }
}
