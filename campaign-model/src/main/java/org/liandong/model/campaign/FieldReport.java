package org.liandong.model.campaign;

import java.time.LocalDate;

/** A result reported from the field by one department for one region. */
public sealed interface FieldReport extends CampaignEvent permits SiteRaided, GoodsSeized {

  ReportId reportId();

  DepartmentCode department();

  RegionCode region();

  LocalDate occurredOn();

  String reportedBy();

  /**
   * Whether it arrived during the campaign's review, after the crackdown ended. Added in revision 2
   * of the report events; stored revision-1 events are read as not late.
   */
  boolean late();
}
