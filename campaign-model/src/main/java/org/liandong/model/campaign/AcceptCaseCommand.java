package org.liandong.model.campaign;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.liandong.model.Require;

/** The department a case was transferred to accepts it, and holds it from then on. */
public record AcceptCaseCommand(
    @TargetAggregateIdentifier CaseId caseId, DepartmentCode department) {

  public AcceptCaseCommand {
    Require.present(caseId, "caseId");
    Require.present(department, "department");
  }
}
