package org.liandong.model.campaign;

import java.time.LocalDate;
import org.axonframework.serialization.Revision;

/** Sites were raided or dens dismantled in one operation. */
@Revision("2")
public record SiteRaided(
    CampaignId campaignId,
    ReportId reportId,
    DepartmentCode department,
    RegionCode region,
    LocalDate occurredOn,
    String reportedBy,
    int sites,
    String notes,
    boolean late)
    implements FieldReport {}
