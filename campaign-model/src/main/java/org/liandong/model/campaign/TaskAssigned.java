package org.liandong.model.campaign;

import java.time.LocalDate;
import org.axonframework.serialization.Revision;

/** A task was assigned to a department; {@code region} is {@code null} for a nationwide task. */
@Revision("1")
public record TaskAssigned(
    CampaignId campaignId,
    TaskId taskId,
    DepartmentCode department,
    RegionCode region,
    String title,
    LocalDate dueOn)
    implements CampaignEvent {}
