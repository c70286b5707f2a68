package org.liandong.model.campaign;

import com.fasterxml.jackson.annotation.JsonTypeInfo;
import org.liandong.model.event.EventRevision;
import org.liandong.model.id.CampaignId;
import org.liandong.model.id.ReportId;

/** A report was retracted; {@code previous} is the version that no longer counts. */
@EventRevision("2")
public record ReportRetracted(
    CampaignId campaignId,
    ReportId reportId,
    String reason,
    @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "kind") FieldReport previous)
    implements CampaignEvent {}
