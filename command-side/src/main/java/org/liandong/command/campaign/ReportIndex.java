package org.liandong.command.campaign;

import java.util.Optional;
import org.liandong.model.id.CampaignId;
import org.liandong.model.id.ReportId;

/**
 * What is known of every report of every campaign, kept outside the campaigns so that a campaign's
 * memory does not grow with its reports: each campaign remembers only the reports it changed since
 * the index last caught up with it, and asks the index for the others. Read by key, at the same
 * cost whatever the store's size.
 */
public interface ReportIndex {

  /**
   * The record of a report, from an index that holds at least every event of the campaign's history
   * up to {@code upTo}: one that holds fewer (lost, or restored from an older copy than the
   * campaign's snapshot) first reads them from the store.
   */
  Optional<ReportRecord> find(CampaignId campaignId, ReportId reportId, long upTo);

  /**
   * The sequence up to which the index holds every event of the campaign's history; -1 if it holds
   * none.
   */
  long indexedTo(CampaignId campaignId);
}
