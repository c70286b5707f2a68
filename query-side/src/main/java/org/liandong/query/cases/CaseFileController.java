package org.liandong.query.cases;

import java.util.List;
import org.liandong.query.api.NotFoundException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/cases")
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

  /** The same list as a spreadsheet, a row per stage. */
  @GetMapping(params = "format")
  CaseList download(@RequestParam(required = false) String department) {
    return new CaseList(department == null ? "cases" : "cases-" + department, cases(department));
  }

  @GetMapping("/{caseId}")
  CaseFileView one(@PathVariable String caseId) {
    return cases.one(caseId).orElseThrow(() -> NotFoundException.of("case", caseId));
  }
}
