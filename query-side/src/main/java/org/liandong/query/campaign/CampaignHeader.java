package org.liandong.query.campaign;

import java.util.List;
import org.liandong.model.campaign.CampaignFocus;
import org.liandong.model.campaign.Phase;
import org.liandong.model.code.RegionCode;

/**
 * What a campaign is, for the views of other features that list campaigns (a department's
 * workspace): its name, focus, phase, period and regions, read from its summary.
 */
public record CampaignHeader(
    String name,
    CampaignFocus focus,
    Phase phase,
    String startsOn,
    String endsOn,
    List<RegionCode> regions) {

  /** Whether the campaign takes in the region. */
  public boolean coversRegion(RegionCode region) {
    return regions.contains(region);
  }

  static CampaignHeader of(CampaignSummaryDocument summary) {
    return new CampaignHeader(
        summary.name(),
        summary.focus(),
        summary.phase(),
        summary.startsOn() == null ? null : summary.startsOn().toString(),
        summary.endsOn() == null ? null : summary.endsOn().toString(),
        summary.regions());
  }
}
