package org.liandong.model.campaign;

import java.util.EnumMap;
import java.util.Map;
import org.liandong.model.Require;
import org.liandong.model.code.CaseKind;
import org.liandong.model.code.Money;
import org.liandong.model.code.RightType;
import org.liandong.model.id.CampaignId;
import org.liandong.model.id.ReportId;

/**
 * Cases filed in one go, administrative or criminal; the value involved, when known, in yuan. The
 * right they concern is optional: cases recorded without it (and all stored before it was asked
 * for) are counted as of no stated right.
 */
@ReportPath("cases-filed")
public record CaseFiling(CaseKind caseKind, RightType right, Integer cases, Money valueInvolved)
    implements ReportDetails {

  @Override
  public void check() {
    Require.present(caseKind, "caseKind");
    Require.count(cases, "cases");
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

  @Override
  public CaseFiled toEvent(
      CampaignId campaignId, ReportId reportId, ReportHeader header, boolean late) {
    return new CaseFiled(campaignId, reportId, header, this, late);
  }
}
