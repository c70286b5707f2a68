package org.liandong.query.typicalcases;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.bson.Document;
import org.liandong.access.ScopeRule;
import org.liandong.model.access.Actor;
import org.liandong.model.campaign.FieldReport;
import org.liandong.model.code.DepartmentCode;
import org.liandong.model.code.RegionCode;
import org.liandong.model.id.CampaignId;
import org.liandong.query.campaign.CampaignHeader;
import org.liandong.query.campaign.CampaignSummaries;
import org.liandong.query.projection.ServedViews;
import org.liandong.query.reports.ReportLedger;
import org.liandong.query.typicalcases.TypicalCaseDocument.Status;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/**
 * The typical cases a reader may read, each with the report behind it as it stands now: every
 * published one, and the drafts (proposed or returned) of the office and of the proposing
 * department alone ({@link ScopeRule#mayReadDraft}). What the typical-case feature offers the
 * printable reports.
 */
@Component
public class TypicalCases {

  private final ServedViews stored;
  private final ReportLedger ledger;
  private final CampaignSummaries campaigns;

  TypicalCases(ServedViews stored, ReportLedger ledger, CampaignSummaries campaigns) {
    this.stored = stored;
    this.ledger = ledger;
    this.campaigns = campaigns;
  }

  /** The cases the reader may read that the filter matches, in id order. */
  public List<TypicalCaseView> readableBy(Actor reader, TypicalCaseFilter filter) {
    return views(
            stored.find(
                TypicalCaseProjection.NAME, new Query().with(Sort.by(TypicalCaseDocument.ID))))
        .stream()
        .filter(view -> mayRead(reader, view) && filter.matches(view))
        .toList();
  }

  /** One case, if the reader may read it. */
  Optional<TypicalCaseView> one(Actor reader, String typicalCaseId) {
    Document document = stored.one(TypicalCaseProjection.NAME, typicalCaseId);
    return document == null
        ? Optional.empty()
        : views(List.of(document)).stream().filter(view -> mayRead(reader, view)).findFirst();
  }

  private static boolean mayRead(Actor reader, TypicalCaseView view) {
    if (view.status() == Status.PUBLISHED) {
      return true;
    }
    Set<RegionCode> regions =
        view.region() == null ? Set.of() : Set.of(new RegionCode(view.region().code()));
    return ScopeRule.mayReadDraft(reader, new DepartmentCode(view.department().code()), regions);
  }

  /** The stored cases as views, each campaign's reports read once from the ledger. */
  private List<TypicalCaseView> views(List<Document> stored) {
    List<TypicalCaseDocument> documents = stored.stream().map(TypicalCaseDocument::read).toList();
    Map<CampaignId, Map<String, FieldReport>> reports = new HashMap<>();
    for (TypicalCaseDocument document : documents) {
      reports.computeIfAbsent(document.campaign(), this::reportsOf);
    }
    Map<CampaignId, CampaignHeader> headers = campaigns.headers(reports.keySet());
    List<TypicalCaseView> views = new ArrayList<>();
    for (TypicalCaseDocument document : documents) {
      CampaignHeader header = headers.get(document.campaign());
      views.add(
          TypicalCaseView.of(
              document,
              reports.get(document.campaign()).get(document.report().value()),
              header == null ? null : header.name()));
    }
    return views;
  }

  private Map<String, FieldReport> reportsOf(CampaignId campaign) {
    Map<String, FieldReport> byId = new HashMap<>();
    ledger
        .asRecordedBy(campaign, Instant.now())
        .forEach(report -> byId.put(report.reportId().value(), report));
    return byId;
  }
}
