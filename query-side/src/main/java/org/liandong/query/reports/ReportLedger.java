package org.liandong.query.reports;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.bson.Document;
import org.liandong.model.campaign.CampaignJson;
import org.liandong.model.campaign.FieldReport;
import org.liandong.model.code.DepartmentCode;
import org.liandong.model.envelope.EventTypes;
import org.liandong.model.id.CampaignId;
import org.liandong.query.projection.ServedViews;
import org.liandong.query.reports.LedgerRow.Correction;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.stereotype.Component;

/**
 * The reports of a campaign as they stood at a moment of recording: those recorded by then, each in
 * the version in effect then (undoing later corrections), without those retracted by then. Since
 * the ledger keeps every version with its time, the same moment always gives the same answer.
 */
@Component
public class ReportLedger {

  /** The projection the ledger is read from. */
  public static final String PROJECTION = ReportLedgerProjection.NAME;

  private static final ObjectMapper JSON = CampaignJson.mapper();

  private final ServedViews views;

  public ReportLedger(ServedViews views) {
    this.views = views;
  }

  /** A campaign's reports as they stood at the moment. */
  public List<FieldReport> asRecordedBy(CampaignId campaignId, Instant moment) {
    return asRecordedBy(where(LedgerRow.CAMPAIGN_ID).is(campaignId.value()), moment);
  }

  /**
   * The reports a department made or joined, in any version, as they stood at the moment; each with
   * the departments of the version that stood then.
   */
  public List<FieldReport> involvingAsRecordedBy(DepartmentCode department, Instant moment) {
    return asRecordedBy(where(LedgerRow.INVOLVED_DEPARTMENTS).is(department.value()), moment);
  }

  /** The reports of every campaign as they stood at the moment. */
  public List<FieldReport> allAsRecordedBy(Instant moment) {
    return asRecordedBy(new Criteria(), moment);
  }

  /**
   * The reports of every campaign as they stood at each of the moments, from one read of the
   * ledger: one list per moment, in the order given.
   */
  public List<List<FieldReport>> allAsRecordedBy(List<Instant> moments) {
    return asRecordedBy(new Criteria(), moments);
  }

  private List<FieldReport> asRecordedBy(Criteria scope, Instant moment) {
    return asRecordedBy(scope, List.of(moment)).get(0);
  }

  private List<List<FieldReport>> asRecordedBy(Criteria scope, List<Instant> moments) {
    List<List<FieldReport>> reports = new ArrayList<>();
    moments.forEach(moment -> reports.add(new ArrayList<>()));
    for (Document stored : views.find(ReportLedgerProjection.NAME, query(scope))) {
      LedgerRow entry = LedgerRow.read(stored);
      for (int i = 0; i < moments.size(); i++) {
        String version = versionAt(entry, moments.get(i));
        if (version != null) {
          reports.get(i).add(read(entry.kind(), version));
        }
      }
    }
    return reports;
  }

  /** The version of a ledger entry that stood at the moment; null if none did. */
  private static String versionAt(LedgerRow entry, Instant moment) {
    if (isAfter(entry.reportedAt(), moment) || !isAfter(entry.retractedAt(), moment)) {
      return null;
    }
    String version = entry.report();
    List<Correction> corrections =
        new ArrayList<>(entry.corrections() == null ? List.of() : entry.corrections());
    corrections.sort(Comparator.comparingInt(Correction::version).reversed());
    for (Correction correction : corrections) {
      if (isAfter(correction.correctedAt(), moment)) {
        version = correction.replacedReport();
      }
    }
    return version;
  }

  /** Whether a recorded time lies after the moment; a time never recorded lies after any. */
  private static boolean isAfter(Instant recorded, Instant moment) {
    return recorded == null || recorded.isAfter(moment);
  }

  private static FieldReport read(String kind, String json) {
    Class<?> type =
        EventTypes.classOf("org.liandong.campaign." + kind)
            .orElseThrow(() -> new IllegalStateException("unknown report kind " + kind));
    try {
      return (FieldReport) JSON.readValue(json, type);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("unreadable report in the ledger", e);
    }
  }
}
