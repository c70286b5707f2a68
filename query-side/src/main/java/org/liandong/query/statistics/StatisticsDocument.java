package org.liandong.query.statistics;

import org.bson.Document;
import org.liandong.query.figures.FigureBlocks;
import org.liandong.query.projection.OncePerSequence;

/**
 * The figures of one year as {@link StatisticsProjection} stores them, keyed by the year, and the
 * one place that names its fields: blocks of totals ({@link FigureBlocks}) across every campaign,
 * and under each campaign the last sequence taken in from it. The as-of statistics count from the
 * ledger into the same shape, and are read the same way.
 */
record StatisticsDocument(FigureBlocks figures) {

  static final String ID = "_id";
  private static final String CAMPAIGNS = "campaigns";

  /** Where the document keeps the last sequence it took in from a campaign. */
  static String lastSequence(String campaignId) {
    return OncePerSequence.lastSequence(CAMPAIGNS + "." + campaignId);
  }

  /** A stored year, or figures in its shape; null reads as a year without reports. */
  static StatisticsDocument read(Document stored) {
    return new StatisticsDocument(FigureBlocks.read(stored == null ? new Document() : stored));
  }
}
