package org.liandong.query.cases;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.liandong.model.code.DepartmentCode;
import org.liandong.model.code.RegionCode;
import org.liandong.model.id.CaseId;
import org.liandong.query.projection.ServedViews;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/** Reads case files, for the case API and for departments' workspaces. */
@Component
public class CaseFiles {

  private final ServedViews views;
  private final Clock clock = Clock.systemUTC();

  public CaseFiles(ServedViews views) {
    this.views = views;
  }

  /** Every case, in id order. */
  public List<CaseFileView> all() {
    return views
        .find(CaseFileProjection.NAME, new Query().with(Sort.by(CaseFileDocument.ID)))
        .stream()
        .filter(stored -> !DepartmentCases.isList(stored))
        .map(stored -> view(CaseFileDocument.read(stored)))
        .toList();
  }

  /**
   * The cases a department holds or that wait for it to accept or return them: those of its list
   * ({@link DepartmentCases}), read by id, that it still holds or awaits.
   *
   * @param region the region they lie in; null for every region
   */
  public List<CaseFileView> heldOrAwaitedBy(DepartmentCode department, RegionCode region) {
    List<String> listed =
        DepartmentCases.caseIds(
            views.one(CaseFileProjection.NAME, DepartmentCases.id(department.value())));
    if (listed.isEmpty()) {
      return List.of();
    }
    Criteria byId =
        new Criteria()
            .orOperator(listed.stream().map(id -> where(CaseFileDocument.ID).is(id)).toList());
    return views.find(CaseFileProjection.NAME, new Query(byId)).stream()
        .map(CaseFileDocument::read)
        .filter(
            stored -> department.equals(stored.holder()) || department.equals(stored.waitingFor()))
        .filter(stored -> region == null || region.equals(stored.region()))
        .sorted(Comparator.comparing(stored -> stored.caseId().value()))
        .map(this::view)
        .toList();
  }

  public Optional<CaseFileView> one(CaseId caseId) {
    return Optional.ofNullable(views.one(CaseFileProjection.NAME, caseId.value()))
        .map(stored -> view(CaseFileDocument.read(stored)));
  }

  private CaseFileView view(CaseFileDocument stored) {
    return CaseFileView.from(stored, clock.instant());
  }
}
