package org.liandong.query.cases;

import java.util.List;
import org.liandong.query.api.NotFoundException;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping(path = "/cases", produces = MediaType.APPLICATION_JSON_VALUE)
class CaseFileController {

  private final CaseFiles cases;

  CaseFileController(CaseFiles cases) {
    this.cases = cases;
  }

  /** Cases, or those a department holds or that wait for it ({@code ?department=MPS}). */
  @GetMapping
  List<CaseFileView> cases(@RequestParam(required = false) String department) {
    return department == null ? cases.all() : cases.heldOrAwaitedBy(department);
  }

  @GetMapping("/{caseId}")
  CaseFileView one(@PathVariable String caseId) {
    return cases.one(caseId).orElseThrow(() -> NotFoundException.of("case", caseId));
  }
}
