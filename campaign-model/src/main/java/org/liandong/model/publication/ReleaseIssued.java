package org.liandong.model.publication;

import java.time.Instant;
import org.liandong.model.event.EventRevision;
import org.liandong.model.id.CampaignId;

/**
 * The office issued a statistics release: the figures of a year (of one campaign, or of all when
 * {@code campaign} is null) as recorded by {@code cutOff}, with its title and text. The figures are
 * not in the event: they are the report ledger's as of the cut-off, which later reports never
 * change (ADR 0018).
 */
@EventRevision("1")
public record ReleaseIssued(
    ReleaseId releaseId,
    int year,
    CampaignId campaign,
    Instant cutOff,
    Bilingual title,
    Bilingual text)
    implements ReleaseEvent {}
