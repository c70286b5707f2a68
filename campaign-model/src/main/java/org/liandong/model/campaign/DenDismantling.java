package org.liandong.model.campaign;

import org.liandong.model.id.CampaignId;
import org.liandong.model.id.ReportId;

/**
 * Dens making or selling counterfeits dismantled ("eradicating 13 dens of making and selling
 * counterfeits", "dismantled five production and sales sites").
 */
@ReportPath("den-dismantlings")
public record DenDismantling(Integer dens) implements SingleCount {

  @Override
  public Count count() {
    return new Count(Figure.DENS_DISMANTLED, "dens", dens);
  }

  @Override
  public DensDismantled toEvent(
      CampaignId campaignId, ReportId reportId, ReportHeader header, boolean late) {
    return new DensDismantled(campaignId, reportId, header, this, late);
  }
}
