package org.liandong.query.history;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.bson.Document;
import org.liandong.model.access.Actor;
import org.liandong.model.code.DepartmentCode;
import org.liandong.model.code.RegionCode;
import org.liandong.model.id.CampaignId;
import org.liandong.model.id.CaseId;
import org.liandong.query.export.Table;
import org.liandong.query.export.Tabular;
import org.liandong.query.projection.ServedViews;
import org.liandong.query.web.InvalidParameterException;
import org.liandong.query.web.NotFoundException;
import org.liandong.query.web.Scope;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Who did what: the history of a campaign or a case, event by event, each with the user, role and
 * department that caused it. For the office, evaluators and auditors.
 */
@RestController
class HistoryController {

  private static final int MAX_PAGE_SIZE = 500;

  /** One page of a history, oldest first. */
  record HistoryPage(String subject, int page, int size, long total, List<HistoryEntry> items)
      implements Tabular {

    @Override
    public String fileName() {
      return subject + "-history";
    }

    @Override
    public List<Table> tables() {
      Table.Builder table =
          Table.named(
              "history",
              HistoryEntry.SEQUENCE,
              HistoryEntry.TYPE,
              HistoryEntry.RECORDED_AT,
              HistoryEntry.Acting.USER,
              HistoryEntry.Acting.ROLE,
              HistoryEntry.Acting.DEPARTMENT,
              HistoryEntry.Acting.REGION,
              HistoryEntry.EVENT);
      for (HistoryEntry entry : items) {
        Optional<HistoryEntry.Acting> actor = Optional.ofNullable(entry.actor());
        table.row(
            entry.sequence(),
            entry.type(),
            text(entry.recordedAt()),
            actor.map(HistoryEntry.Acting::user).orElse(null),
            actor.map(HistoryEntry.Acting::role).map(Enum::name).orElse(null),
            actor.map(HistoryEntry.Acting::department).map(DepartmentCode::value).orElse(null),
            actor.map(HistoryEntry.Acting::region).map(RegionCode::value).orElse(null),
            new Document(entry.event() == null ? Map.of() : entry.event()).toJson());
      }
      return List.of(table.build());
    }
  }

  /** Moments as the JSON writes them; null stays null. */
  private static String text(Object value) {
    return value == null ? null : value.toString();
  }

  private final ServedViews views;
  private final Scope scope;

  HistoryController(ServedViews views, Scope scope) {
    this.views = views;
    this.scope = scope;
  }

  @GetMapping("/campaigns/{campaignId}/history")
  HistoryPage campaign(
      @PathVariable CampaignId campaignId,
      @RequestParam(required = false) Integer page,
      @RequestParam(required = false) Integer size,
      Actor reader) {
    return history("campaign", campaignId.value(), page, size, reader);
  }

  @GetMapping("/cases/{caseId}/history")
  HistoryPage caseFile(
      @PathVariable CaseId caseId,
      @RequestParam(required = false) Integer page,
      @RequestParam(required = false) Integer size,
      Actor reader) {
    return history("case", caseId.value(), page, size, reader);
  }

  private HistoryPage history(
      String what, String subject, Integer page, Integer size, Actor reader) {
    scope.requireReadsAll(reader);
    int pageSize = size == null ? 100 : size;
    int number = page == null ? 0 : page;
    if (pageSize < 1 || pageSize > MAX_PAGE_SIZE) {
      throw new InvalidParameterException("size", "must be from 1 to " + MAX_PAGE_SIZE);
    }
    if (number < 0) {
      throw new InvalidParameterException("page", "must be 0 or more");
    }
    Query query =
        new Query(where(HistoryEntry.SUBJECT).is(subject)).with(Sort.by(HistoryEntry.SEQUENCE));
    ServedViews.Page found = views.page(HistoryProjection.NAME, query, number, pageSize);
    if (found.total() == 0) {
      throw NotFoundException.of(what, subject);
    }
    List<HistoryEntry> items = found.items().stream().map(HistoryEntry::read).toList();
    return new HistoryPage(subject, number, pageSize, found.total(), items);
  }
}
