package org.liandong.model.campaign;

import org.liandong.model.id.CampaignId;
import org.liandong.model.id.ReportId;

/**
 * Administrative cases an enforcement department transferred to the public security organs as
 * suspected crimes: the first link of the chain from administrative enforcement to criminal
 * justice, counted in one go (a single case travels as a case file instead).
 */
@ReportPath("case-referrals")
public record CaseReferral(Integer cases) implements SingleCount {

  @Override
  public Count count() {
    return new Count(Figure.CASES_REFERRED, "cases", cases);
  }

  @Override
  public CasesReferred toEvent(
      CampaignId campaignId, ReportId reportId, ReportHeader header, boolean late) {
    return new CasesReferred(campaignId, reportId, header, this, late);
  }
}
