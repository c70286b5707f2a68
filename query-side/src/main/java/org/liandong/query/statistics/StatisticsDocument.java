package org.liandong.query.statistics;

import java.util.SortedMap;
import org.bson.Document;
import org.liandong.query.figures.Breakdowns;
import org.liandong.query.figures.FigureBlocks;
import org.liandong.query.figures.TotalsView;
import org.liandong.query.projection.OncePerSequence;

/**
 * The figures of one year as {@link StatisticsProjection} stores them, keyed by the year, and the
 * one place that names its fields: blocks of totals ({@link FigureBlocks}: totals, national
 * figures, by region, department, category and right) across every campaign, the totals of each
 * campaign, and under each campaign the last sequence taken in from it. The as-of statistics and
 * the releases count from the ledger into the same shape, and are read the same way.
 *
 * @param byCampaign the totals of each campaign, by campaign id
 */
record StatisticsDocument(FigureBlocks figures, SortedMap<String, TotalsView> byCampaign) {

  static final String ID = "_id";
  static final String BY_CAMPAIGN = "byCampaign";
  private static final String CAMPAIGNS = "campaigns";

  /** Where the document keeps the last sequence it took in from a campaign. */
  static String lastSequence(String campaignId) {
    return OncePerSequence.lastSequence(CAMPAIGNS + "." + campaignId);
  }

  /** A stored year, or figures in its shape; null reads as a year without reports. */
  static StatisticsDocument read(Document stored) {
    Document year = stored == null ? new Document() : stored;
    return new StatisticsDocument(
        FigureBlocks.read(year), Breakdowns.byKey(year.get(BY_CAMPAIGN, new Document())));
  }
}
