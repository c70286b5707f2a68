package org.liandong.query.api;

import jakarta.servlet.http.HttpServletRequest;
import org.liandong.access.AccessRefusedException;
import org.liandong.access.AuditLog;
import org.liandong.model.access.Actor;
import org.liandong.model.access.Role;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * What a reader may see. The office, evaluators and auditors read everything; a department user
 * reads its own department's things, and what belongs to another department answers 404, as if it
 * did not exist, so that its ids give nothing away. Every refusal is logged for the audit.
 */
@Component
public class Scope {

  private final AuditLog audit;

  public Scope(AuditLog audit) {
    this.audit = audit;
  }

  /** The department a department user reads for; null for readers of everything. */
  public static String ownDepartment(Actor reader) {
    return reader.readsAll() ? null : reader.department().value();
  }

  /** A department's own things: another's answer 404 to a department user. */
  public void requireDepartment(Actor reader, String department) {
    if (!reader.readsAll() && !reader.department().value().equals(department)) {
      throw hidden(reader, "department", department);
    }
  }

  /** Something of another department, or not shared with the reader: 404, logged. */
  public NotFoundException hidden(Actor reader, String field, String value) {
    audit.refused(reader, request(), field + " " + value + " belongs to another department");
    return NotFoundException.of(field, value);
  }

  /** What only the office, evaluators and auditors read. */
  public void requireReadsAll(Actor reader) {
    if (!reader.readsAll()) {
      throw new AccessRefusedException(null, "only the office, evaluators and auditors read this");
    }
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
