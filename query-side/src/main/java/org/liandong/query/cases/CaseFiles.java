package org.liandong.query.cases;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.time.Clock;
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

  public List<CaseFileView> all() {
    return find(new Query());
  }

  /**
   * The cases a department holds or that wait for it to accept or return them.
   *
   * @param region the region they lie in; null for every region
   */
  public List<CaseFileView> heldOrAwaitedBy(DepartmentCode department, RegionCode region) {
    Criteria criteria =
        new Criteria()
            .orOperator(
                where(CaseFileDocument.HOLDER).is(department.value()),
                where(CaseFileDocument.WAITING_FOR).is(department.value()));
    if (region != null) {
      criteria.and(CaseFileDocument.REGION).is(region.value());
    }
    return find(new Query(criteria));
  }

  public Optional<CaseFileView> one(CaseId caseId) {
    return Optional.ofNullable(views.one(CaseFileProjection.NAME, caseId.value()))
        .map(stored -> CaseFileView.from(CaseFileDocument.read(stored), clock.instant()));
  }

  private List<CaseFileView> find(Query query) {
    return views.find(CaseFileProjection.NAME, query.with(Sort.by(CaseFileDocument.ID))).stream()
        .map(stored -> CaseFileView.from(CaseFileDocument.read(stored), clock.instant()))
        .toList();
  }
}
