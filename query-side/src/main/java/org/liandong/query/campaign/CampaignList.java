package org.liandong.query.campaign;

import java.util.List;
import org.liandong.query.export.Columns;
import org.liandong.query.export.Table;
import org.liandong.query.export.Tabular;

/** Every campaign, one row each, for the campaign list's download. */
record CampaignList(List<CampaignSummaryView> campaigns) implements Tabular {

  private static final Columns<CampaignSummaryView> COLUMNS =
      Columns.<CampaignSummaryView>of()
          .and("campaignId", campaign -> campaign.campaignId().value())
          .and("name", CampaignSummaryView::name)
          .and("focus", CampaignSummaryView::focus)
          .and("phase", CampaignSummaryView::phase)
          .and(
              "leadDepartment",
              campaign ->
                  campaign.leadDepartment() == null ? null : campaign.leadDepartment().code())
          .and("startsOn", CampaignSummaryView::startsOn)
          .and("endsOn", CampaignSummaryView::endsOn)
          .and("closedAt", CampaignSummaryView::closedAt)
          .and("tasksAssigned", campaign -> campaign.tasks().assigned())
          .and("tasksCompleted", campaign -> campaign.tasks().completed())
          .and("tasksOverdue", campaign -> campaign.tasks().overdue())
          .and("completionRate", campaign -> campaign.tasks().completionRate())
          .and("onTimeRate", campaign -> campaign.tasks().onTimeRate())
          .andTotals(CampaignSummaryView::totals);

  @Override
  public String fileName() {
    return "campaigns";
  }

  @Override
  public List<Table> tables() {
    return List.of(COLUMNS.table("campaigns", campaigns));
  }
}
