package org.liandong.model.campaign;

import java.time.LocalDate;
import org.liandong.model.Require;

/** Checks of the fields every field report command carries. */
final class ReportFields {

  private ReportFields() {}

  static void requirePresent(
      CampaignId campaignId,
      ReportId reportId,
      DepartmentCode department,
      RegionCode region,
      LocalDate occurredOn) {
    Require.present(campaignId, "campaignId");
    Require.present(reportId, "reportId");
    Require.present(department, "department");
    Require.present(region, "region");
    Require.present(occurredOn, "occurredOn");
  }

  static String reportedBy(String reportedBy) {
    return Require.text(reportedBy, "reportedBy", 100);
  }

  static String notes(String notes) {
    return Require.optionalText(notes, "notes", 2000);
  }
}
