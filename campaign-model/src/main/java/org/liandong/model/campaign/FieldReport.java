package org.liandong.model.campaign;

import java.time.LocalDate;

/** A result reported from the field by one department for one region. */
public sealed interface FieldReport extends CampaignEvent permits SiteRaided, GoodsSeized {

  ReportId reportId();

  DepartmentCode department();

  RegionCode region();

  LocalDate occurredOn();

  String reportedBy();
}
