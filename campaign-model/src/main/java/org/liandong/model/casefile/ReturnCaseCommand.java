package org.liandong.model.casefile;

import org.liandong.model.Require;
import org.liandong.model.code.DepartmentCode;
import org.liandong.model.id.CaseId;
import org.liandong.model.id.TargetId;
import org.liandong.model.id.TransferId;

/** The department a case was transferred to returns it to the sender, with a reason. */
public record ReturnCaseCommand(
    @TargetId CaseId caseId, TransferId transferId, DepartmentCode department, String reason) {

  public ReturnCaseCommand {
    Require.present(caseId, "caseId");
    Require.present(transferId, "transferId");
    Require.present(department, "department");
    reason = Require.text(reason, "reason", 2000);
  }
}
