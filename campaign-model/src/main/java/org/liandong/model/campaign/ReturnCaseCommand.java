package org.liandong.model.campaign;

import org.liandong.model.Require;

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
