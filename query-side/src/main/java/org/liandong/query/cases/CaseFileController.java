package org.liandong.query.cases;

import java.util.List;
import java.util.Set;
import org.liandong.model.access.Actor;
import org.liandong.model.code.DepartmentCode;
import org.liandong.model.code.RegionCode;
import org.liandong.model.id.CaseId;
import org.liandong.query.web.NotFoundException;
import org.liandong.query.web.Scope;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/cases")
class CaseFileController {

  private final CaseFiles cases;
  private final Scope scope;

  CaseFileController(CaseFiles cases, Scope scope) {
    this.cases = cases;
    this.scope = scope;
  }

  /**
   * Cases, or those a department holds or that wait for it ({@code ?department=MPS}); a department
   * user reads its own, in its region when limited to one.
   */
  @GetMapping
  List<CaseFileView> cases(
      @RequestParam(required = false) DepartmentCode department, Actor reader) {
    if (department != null) {
      scope.requireDepartment(reader, department);
    }
    DepartmentCode own = Scope.ownDepartment(reader);
    DepartmentCode of = own == null ? department : own;
    return of == null ? cases.all() : cases.heldOrAwaitedBy(of, Scope.ownRegion(reader));
  }

  /** The same list as a spreadsheet, a row per stage. */
  @GetMapping(params = "format")
  CaseList download(@RequestParam(required = false) DepartmentCode department, Actor reader) {
    return new CaseList(
        department == null ? "cases" : "cases-" + department, cases(department, reader));
  }

  /**
   * A case; a department user reads those it sent or received at some stage, lying in its region
   * when limited to one.
   */
  @GetMapping("/{caseId}")
  CaseFileView one(@PathVariable CaseId caseId, Actor reader) {
    CaseFileView file =
        cases.one(caseId).orElseThrow(() -> NotFoundException.of("case", caseId.value()));
    scope.requireReadable(
        reader,
        "case",
        caseId.value(),
        file.departments(),
        file.region() == null ? Set.of() : Set.of(new RegionCode(file.region().code())));
    return file;
  }
}
