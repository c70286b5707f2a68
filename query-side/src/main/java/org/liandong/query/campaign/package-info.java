/**
 * Feature: a campaign's summary (what it is, its tasks and the totals of its reports) and the
 * campaign list. Other features name campaigns through {@code CampaignSummaries}.
 */
package org.liandong.query.campaign;
