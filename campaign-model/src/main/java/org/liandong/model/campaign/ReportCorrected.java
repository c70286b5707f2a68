package org.liandong.model.campaign;

import com.fasterxml.jackson.annotation.JsonTypeInfo;
import org.liandong.model.event.EventRevision;
import org.liandong.model.id.CampaignId;
import org.liandong.model.id.ReportId;

/**
 * A report was corrected. It carries the version it replaces and the new one, so that every reader
 * can move its totals from one to the other without looking back. {@code version} counts the
 * report's versions: 2 for the first correction. Each report inside names its kind in {@code kind}
 * (the event's simple name).
 */
@EventRevision("2")
public record ReportCorrected(
    CampaignId campaignId,
    ReportId reportId,
    int version,
    String reason,
    @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "kind") FieldReport previous,
    @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "kind") FieldReport corrected)
    implements CampaignEvent {}
