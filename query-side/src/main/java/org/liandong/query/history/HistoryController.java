package org.liandong.query.history;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import java.util.Arrays;
import java.util.List;
import org.bson.Document;
import org.liandong.model.access.Actor;
import org.liandong.query.export.Table;
import org.liandong.query.export.Tabular;
import org.liandong.query.projection.ProjectionVersions;
import org.liandong.query.web.InvalidParameterException;
import org.liandong.query.web.NotFoundException;
import org.liandong.query.web.Scope;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
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
  record HistoryPage(String subject, int page, int size, long total, List<Document> items)
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
              "sequence",
              "type",
              "recordedAt",
              "user",
              "role",
              "department",
              "region",
              "event");
      for (Document entry : items) {
        Document actor = entry.get("actor", new Document());
        table.row(
            entry.get("sequence"),
            entry.getString("type"),
            entry.getString("recordedAt"),
            actor.getString("user"),
            actor.getString("role"),
            actor.getString("department"),
            actor.getString("region"),
            entry.get("event", new Document()).toJson());
      }
      return List.of(table.build());
    }
  }

  private final MongoTemplate mongo;
  private final ProjectionVersions versions;
  private final Scope scope;

  HistoryController(MongoTemplate mongo, ProjectionVersions versions, Scope scope) {
    this.mongo = mongo;
    this.versions = versions;
    this.scope = scope;
  }

  @GetMapping("/campaigns/{campaignId}/history")
  HistoryPage campaign(
      @PathVariable String campaignId,
      @RequestParam(required = false) Integer page,
      @RequestParam(required = false) Integer size,
      Actor reader) {
    return history("campaign", campaignId, page, size, reader);
  }

  @GetMapping("/cases/{caseId}/history")
  HistoryPage caseFile(
      @PathVariable String caseId,
      @RequestParam(required = false) Integer page,
      @RequestParam(required = false) Integer size,
      Actor reader) {
    return history("case", caseId, page, size, reader);
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
    String collection = versions.serving(HistoryProjection.NAME);
    Query query = new Query(where("subject").is(subject));
    long total = mongo.count(query, collection);
    if (total == 0) {
      throw NotFoundException.of(what, subject);
    }
    // Past the end is an empty page; the skip is not even asked for, as the driver takes an int.
    long skip = (long) number * pageSize;
    if (skip >= total) {
      return new HistoryPage(subject, number, pageSize, total, List.of());
    }
    query.with(Sort.by("sequence")).skip(skip).limit(pageSize);
    List<Document> items = mongo.find(query, Document.class, collection);
    items.forEach(item -> Arrays.asList("_id", "subject").forEach(item::remove));
    return new HistoryPage(subject, number, pageSize, total, items);
  }
}
