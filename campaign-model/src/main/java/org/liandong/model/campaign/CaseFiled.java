package org.liandong.model.campaign;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;
import org.liandong.model.event.EventRevision;

/**
 * Cases were filed. The value involved, when known, is in yuan. The right the cases concern was
 * added in revision 2; cases stored before it, and cases reported without it, have none ({@code
 * null}), and are counted as of no stated right.
 */
@EventRevision("2")
public record CaseFiled(
    CampaignId campaignId,
    ReportId reportId,
    DepartmentCode department,
    RegionCode region,
    LocalDate occurredOn,
    String reportedBy,
    CaseKind caseKind,
    RightType right,
    int cases,
    Money valueInvolved,
    String notes,
    boolean late,
    Set<DepartmentCode> cooperatingDepartments)
    implements FieldReport {

  public CaseFiled {
    cooperatingDepartments = Cooperation.stored(cooperatingDepartments);
  }

  @Override
  public Map<Figure, Long> figures() {
    Map<Figure, Long> figures = new EnumMap<>(Figure.class);
    figures.put(Figure.CASES_FILED, (long) cases);
    if (caseKind == CaseKind.CRIMINAL) {
      figures.put(Figure.CRIMINAL_CASES, (long) cases);
    }
    if (valueInvolved != null) {
      figures.put(Figure.VALUE_INVOLVED_CNY, valueInvolved.fen());
    }
    return figures;
  }
}
