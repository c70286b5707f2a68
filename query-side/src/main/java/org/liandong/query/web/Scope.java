package org.liandong.query.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Collection;
import java.util.Objects;
import org.liandong.access.AccessRefusedException;
import org.liandong.access.AuditLog;
import org.liandong.access.ScopeRule;
import org.liandong.model.access.Actor;
import org.liandong.model.access.Role;
import org.liandong.model.code.DepartmentCode;
import org.liandong.model.code.RegionCode;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * What a reader may see, by the platform's {@link ScopeRule}; every endpoint of the query side goes
 * through here (an architecture test fails on one that does not). The office, evaluators and
 * auditors read everything; a department user reads what concerns its own department, and when
 * limited to a region, only what lies there. What it may not read answers 404, as if it did not
 * exist, so that its ids give nothing away. Every refusal is logged for the audit.
 */
@Component
public class Scope {

  private final AuditLog audit;

  public Scope(AuditLog audit) {
    this.audit = audit;
  }

  /** The department a department user reads for; null for readers of everything. */
  public static DepartmentCode ownDepartment(Actor reader) {
    return ScopeRule.readsDepartment(reader);
  }

  /** The region a reader is limited to; null for readers of every region. */
  public static RegionCode ownRegion(Actor reader) {
    return ScopeRule.readsRegion(reader);
  }

  /** A department's own views: another's answer 404 to a department user. */
  public void requireDepartment(Actor reader, DepartmentCode department) {
    DepartmentCode own = ownDepartment(reader);
    if (own != null && !own.equals(department)) {
      throw hidden(reader, "department", department.value());
    }
  }

  /**
   * One thing (a case, a campaign) concerning these departments and lying in these regions: 404
   * unless the reader may read it.
   */
  public void requireReadable(
      Actor reader,
      String field,
      String id,
      Collection<DepartmentCode> departments,
      Collection<RegionCode> regions) {
    if (!ScopeRule.mayRead(reader, departments, regions)) {
      throw hidden(reader, field, id);
    }
  }

  /** Something of another department or region, or not shared with the reader: 404, logged. */
  public NotFoundException hidden(Actor reader, String field, String value) {
    audit.refused(reader, request(), field + " " + value + " is outside the reader's scope");
    return NotFoundException.of(field, value);
  }

  /** What the office publishes to every signed-in user: statistics, reference data. */
  public void published(Actor reader) {
    Objects.requireNonNull(reader, "reader");
  }

  /** What only the office, evaluators and auditors read. */
  public void requireReadsAll(Actor reader) {
    if (!reader.readsAll()) {
      throw new AccessRefusedException(null, "only the office, evaluators and auditors read this");
    }
  }

  /**
   * The region whose evaluation results the reader is limited to: null for the readers of
   * everything, and for a provincial office once the round is published; its own region before.
   */
  public static String evaluationRegion(Actor reader, boolean published) {
    RegionCode region = ScopeRule.readsEvaluationOf(reader, published);
    return region == null ? null : region.value();
  }

  /** What only evaluators read, such as their worklist. */
  public void requireEvaluator(Actor reader) {
    ScopeRule.requireEvaluator(reader, "only evaluators have a worklist");
  }

  /** What only the office does. */
  public void requireOffice(Actor reader) {
    if (reader.role() != Role.OFFICE) {
      throw new AccessRefusedException(null, "only the office does this");
    }
  }

  private static HttpServletRequest request() {
    return ((ServletRequestAttributes) RequestContextHolder.currentRequestAttributes())
        .getRequest();
  }
}
