package org.liandong.query.campaign;

import java.util.List;
import org.liandong.query.export.Table;
import org.liandong.query.export.Tabular;

/** Every campaign, one row each, for the campaign list's download. */
record CampaignList(List<CampaignSummaryView> campaigns) implements Tabular {

  @Override
  public String fileName() {
    return "campaigns";
  }

  @Override
  public List<Table> tables() {
    Table.Builder table =
        Table.ofTotals(
            "campaigns",
            "campaignId",
            "name",
            "focus",
            "phase",
            "leadDepartment",
            "startsOn",
            "endsOn",
            "closedAt",
            "tasksAssigned",
            "tasksCompleted",
            "tasksOverdue",
            "completionRate",
            "onTimeRate");
    for (CampaignSummaryView campaign : campaigns) {
      table.row(
          campaign.campaignId().value(),
          campaign.name(),
          campaign.focus(),
          campaign.phase(),
          campaign.leadDepartment() == null ? null : campaign.leadDepartment().code(),
          campaign.startsOn(),
          campaign.endsOn(),
          campaign.closedAt(),
          campaign.tasks().assigned(),
          campaign.tasks().completed(),
          campaign.tasks().overdue(),
          campaign.tasks().completionRate(),
          campaign.tasks().onTimeRate(),
          Table.totals(campaign.totals()));
    }
    return List.of(table.build());
  }
}
