package org.liandong.query.evaluation;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.liandong.model.campaign.FieldReport;
import org.liandong.query.cases.CaseFiles;
import org.liandong.query.history.TaskLedger;
import org.liandong.query.reports.ReportLedger;
import org.springframework.stereotype.Component;

/**
 * Reads what a round's computed indicators count, as recorded by its cut-off: the report ledger
 * (once per request, for the cut-off and for now together), the tasks and the case files.
 */
@Component
class RecordedInputs {

  /** What was recorded by the cut-off, and each region's reports recorded after it, by id. */
  record Read(RoundInputs.Recorded recorded, Map<String, List<String>> late) {}

  private final ReportLedger ledger;
  private final TaskLedger tasks;
  private final CaseFiles cases;

  RecordedInputs(ReportLedger ledger, TaskLedger tasks, CaseFiles cases) {
    this.ledger = ledger;
    this.tasks = tasks;
    this.cases = cases;
  }

  Read of(RoundState round) {
    return of(round, Instant.now());
  }

  /**
   * What the round read as the records stood at the moment: by the cut-off, or by the moment if it
   * came before the cut-off; the reports recorded after the cut-off and by the moment.
   */
  Read of(RoundState round, Instant moment) {
    Instant by = moment.isBefore(round.cutOff) ? moment : round.cutOff;
    List<List<FieldReport>> ledgers = ledger.allAsRecordedBy(List.of(by, moment));
    RoundInputs.Recorded recorded =
        new RoundInputs.Recorded(by, ledgers.get(0), tasks.asRecordedBy(by), cases.all());
    return new Read(recorded, recordedAfter(round, ledgers.get(0), ledgers.get(1)));
  }

  /** The reports of each region evaluated that were recorded after the cut-off, by id. */
  private static Map<String, List<String>> recordedAfter(
      RoundState round, List<FieldReport> byCutOff, List<FieldReport> now) {
    Set<String> counted = byCutOff.stream().map(RecordedInputs::id).collect(Collectors.toSet());
    Map<String, List<String>> late = new TreeMap<>();
    for (FieldReport report : now) {
      String region = report.header().national() ? null : report.region().value();
      if (region != null
          && round.regionsEvaluated().contains(region)
          && !counted.contains(id(report))) {
        late.computeIfAbsent(region, r -> new ArrayList<>()).add(id(report));
      }
    }
    return late;
  }

  private static String id(FieldReport report) {
    return report.campaignId().value() + "/" + report.reportId().value();
  }
}
