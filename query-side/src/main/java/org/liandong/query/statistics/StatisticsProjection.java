package org.liandong.query.statistics;

import static org.liandong.query.figures.FigureBlocks.path;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.liandong.model.campaign.FieldReport;
import org.liandong.model.campaign.ReportCorrected;
import org.liandong.model.campaign.ReportRetracted;
import org.liandong.model.envelope.EventEnvelope;
import org.liandong.query.figures.FigureBlocks;
import org.liandong.query.figures.Increments;
import org.liandong.query.figures.ReportIncrements;
import org.liandong.query.projection.GuardedWrite;
import org.liandong.query.projection.OncePerSequence;
import org.liandong.query.projection.Projection;
import org.springframework.stereotype.Component;

/**
 * The figures the office publishes: one document per year ({@link StatisticsDocument}) (of the day
 * things happened), across all campaigns, with totals, national figures (reported for no region),
 * and by region, campaign, department, right and goods category. A joint operation counts once, for
 * the reporting department. Each document keeps the last sequence it took in from each campaign.
 */
@Component
class StatisticsProjection implements Projection {

  static final String NAME = "statistics_by_year";

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public List<GuardedWrite> writesFor(EventEnvelope envelope) {
    Map<String, Increments> byYear = new LinkedHashMap<>();
    if (envelope.event() instanceof FieldReport report) {
      count(report, 1, byYear);
    } else if (envelope.event() instanceof ReportCorrected correction) {
      count(correction.corrected(), 1, byYear);
      count(correction.previous(), -1, byYear);
    } else if (envelope.event() instanceof ReportRetracted retraction) {
      count(retraction.previous(), -1, byYear);
    }
    List<GuardedWrite> writes = new ArrayList<>();
    byYear.forEach(
        (year, inc) ->
            writes.add(
                OncePerSequence.update(
                    year,
                    StatisticsDocument.lastSequence(envelope.subject()),
                    envelope.sequence(),
                    inc.toUpdate())));
    return writes;
  }

  /** Counts a report into the increments of its year; the as-of statistics count the same way. */
  static void count(FieldReport report, int sign, Map<String, Increments> byYear) {
    Increments inc =
        byYear.computeIfAbsent(
            String.valueOf(report.occurredOn().getYear()), year -> new Increments());
    ReportIncrements.addTotalsAndRegion(inc, "", report, sign);
    ReportIncrements.addGoodsAndRights(inc, "", report, sign);
    ReportIncrements.addTotals(
        inc, path(FigureBlocks.BY_DEPARTMENT, report.department().value()), report, sign);
    ReportIncrements.addTotals(
        inc, path(StatisticsDocument.BY_CAMPAIGN, report.campaignId().value()), report, sign);
  }
}
