package org.liandong.query.cases;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.time.Clock;
import java.util.List;
import org.bson.Document;
import org.liandong.query.api.NotFoundException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping(path = "/cases", produces = MediaType.APPLICATION_JSON_VALUE)
class CaseFileController {

  private final MongoTemplate mongo;
  private final Clock clock = Clock.systemUTC();

  CaseFileController(MongoTemplate mongo) {
    this.mongo = mongo;
  }

  /** Cases, or those a department holds or that wait for it ({@code ?department=MPS}). */
  @GetMapping
  List<CaseFileView> cases(@RequestParam(required = false) String department) {
    Query query =
        department == null
            ? new Query()
            : new Query(
                new Criteria()
                    .orOperator(
                        where("holder").is(department), where("waitingFor").is(department)));
    return mongo
        .find(query.with(Sort.by("_id")), Document.class, CaseFileProjection.COLLECTION)
        .stream()
        .map(document -> CaseFileView.from(document, clock.instant()))
        .toList();
  }

  @GetMapping("/{caseId}")
  CaseFileView one(@PathVariable String caseId) {
    Document document =
        mongo.findOne(
            query(where("_id").is(caseId)), Document.class, CaseFileProjection.COLLECTION);
    if (document == null) {
      throw NotFoundException.of("case", caseId);
    }
    return CaseFileView.from(document, clock.instant());
  }
}
