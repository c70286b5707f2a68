package org.liandong.model.campaign;

import org.liandong.model.Require;

/**
 * The department a case was transferred to accepts that transfer, and holds the case from then on.
 */
public record AcceptCaseCommand(
    @TargetId CaseId caseId, TransferId transferId, DepartmentCode department) {

  public AcceptCaseCommand {
    Require.present(caseId, "caseId");
    Require.present(transferId, "transferId");
    Require.present(department, "department");
  }
}
