package org.liandong.model.campaign;

import java.time.LocalDate;
import java.util.Set;

/** What every field report carries, whatever it reports. */
public sealed interface FieldReportCommand
    permits RecordSiteRaidedCommand,
        RecordGoodsSeizedCommand,
        RecordCaseFiledCommand,
        RecordSuspectsArrestedCommand,
        RecordGangsDismantledCommand,
        RecordWebsitesClosedCommand,
        RecordShipmentsInterceptedCommand,
        RecordOnlineStoresClosedCommand,
        RecordDensDismantledCommand,
        RecordOfficersDispatchedCommand {

  CampaignId campaignId();

  ReportId reportId();

  DepartmentCode department();

  RegionCode region();

  /** The day it happened in the field, which may be days before it is reported. */
  LocalDate occurredOn();

  /** The user who reports it. */
  String reportedBy();

  /** Departments that took part beside the reporting one. */
  Set<DepartmentCode> cooperatingDepartments();

  /**
   * The event that records it.
   *
   * @param late whether it arrives during the campaign's review, which the campaign decides
   */
  FieldReport toEvent(boolean late);
}
