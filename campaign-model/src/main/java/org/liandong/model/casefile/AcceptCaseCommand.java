package org.liandong.model.casefile;

import org.liandong.model.Require;
import org.liandong.model.code.DepartmentCode;
import org.liandong.model.id.CaseId;
import org.liandong.model.id.TargetId;
import org.liandong.model.id.TransferId;

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
