/**
 * A campaign and its history: the events of the campaign family (the campaign, its departments and
 * regions, its tasks and its field reports, which Java requires to share the package of their
 * sealed interface, {@link org.liandong.model.campaign.CampaignEvent}), the commands that run a
 * campaign and record reports, and the catalogue of report kinds and figures (ADR 0016).
 */
package org.liandong.model.campaign;
