package org.liandong.query.typicalcases;

import org.liandong.model.access.Actor;
import org.liandong.query.web.Scope;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * Typical cases: the published ones for every signed-in user; drafts for the office and the
 * proposing department alone, and answered 404 to anyone else, as if they did not exist.
 */
@RestController
class TypicalCaseController {

  private final TypicalCases cases;
  private final Scope scope;

  TypicalCaseController(TypicalCases cases, Scope scope) {
    this.cases = cases;
    this.scope = scope;
  }

  @GetMapping("/typical-cases")
  TypicalCaseList list(@ParameterObject TypicalCaseFilter filter, Actor reader) {
    scope.published(reader);
    return new TypicalCaseList(cases.readableBy(reader, filter.checked()));
  }

  @GetMapping("/typical-cases/{typicalCaseId}")
  TypicalCaseView one(@PathVariable String typicalCaseId, Actor reader) {
    scope.published(reader);
    return cases
        .one(reader, typicalCaseId)
        .orElseThrow(() -> scope.hidden(reader, "typicalCaseId", typicalCaseId));
  }
}
