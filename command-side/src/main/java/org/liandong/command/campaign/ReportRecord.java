package org.liandong.command.campaign;

import java.util.HashSet;
import java.util.Set;
import org.liandong.model.campaign.FieldReport;
import org.liandong.model.campaign.ReportCorrected;
import org.liandong.model.campaign.ReportRetracted;
import org.liandong.model.code.DepartmentCode;
import org.liandong.model.code.RegionCode;
import org.liandong.model.id.ReportId;

/**
 * What is known of a report on the command side: the fingerprint of the request that made it (so
 * that a retry of it is recognised even after corrections), who made it and where, how many
 * versions it has, whether it was retracted, the sequence of the event that holds the version that
 * counts now ({@code currentAt}) and of the event that last changed it ({@code changedAt}). The
 * figures themselves stay in the history, read back by {@code currentAt}.
 *
 * <p>A campaign forgets the reports the {@link ReportIndex} holds, so a correction or a retraction
 * may reach it for a report it no longer remembers: the record it makes then is partial, and {@link
 * #completedBy} takes what it lacks from the index, where the report's first event put it.
 *
 * @param fingerprint null where not known here
 * @param version {@value #UNKNOWN} where not known here
 * @param currentAt {@value #UNKNOWN} where not known here
 */
public record ReportRecord(
    Long fingerprint,
    DepartmentCode department,
    Set<DepartmentCode> cooperating,
    RegionCode region,
    int version,
    boolean retracted,
    long currentAt,
    long changedAt) {

  static final int UNKNOWN = -1;

  /**
   * The codes of all records, which are few: the reference data's. A record read from its event
   * held a department and a region of its own, two objects and two strings, over a third of the
   * bytes each report cost the heap (docs/benchmarks.md).
   */
  private static final SharedCodes CODES = new SharedCodes(10_000);

  /**
   * Records are many, so a record keeps no copies: most reports name no co-operating department and
   * share one empty set, and the codes are shared.
   */
  public ReportRecord {
    cooperating = cooperating.isEmpty() ? Set.of() : cooperating;
    department = CODES.shared(department);
    region = CODES.shared(region);
  }

  /**
   * What is known of a report after one event of its campaign's history, given what was known
   * before (null for nothing); null if the event is not about a report.
   */
  public static ReportRecord after(ReportRecord known, Object event, long sequence) {
    if (event instanceof FieldReport report) {
      return counting(Reports.fingerprint(report), report, 1, sequence);
    }
    if (event instanceof ReportCorrected correction) {
      Long fingerprint = known == null ? null : known.fingerprint;
      return counting(fingerprint, correction.corrected(), correction.version(), sequence);
    }
    if (event instanceof ReportRetracted retraction) {
      FieldReport previous = retraction.previous();
      return new ReportRecord(
          known == null ? null : known.fingerprint,
          previous.department(),
          previous.cooperatingDepartments(),
          previous.region(),
          known == null ? UNKNOWN : known.version,
          true,
          known == null ? UNKNOWN : known.currentAt,
          sequence);
    }
    return null;
  }

  /** A report whose {@code version}, held at {@code sequence}, counts now. */
  private static ReportRecord counting(
      Long fingerprint, FieldReport version, int number, long sequence) {
    return new ReportRecord(
        fingerprint,
        version.department(),
        version.cooperatingDepartments(),
        version.region(),
        number,
        false,
        sequence,
        sequence);
  }

  /** The report an event of a campaign's history is about; null if it is about none. */
  public static ReportId reportOf(Object event) {
    if (event instanceof FieldReport report) {
      return report.reportId();
    }
    if (event instanceof ReportCorrected correction) {
      return correction.reportId();
    }
    if (event instanceof ReportRetracted retraction) {
      return retraction.reportId();
    }
    return null;
  }

  /** Whether this record knows all a command may ask of the report. */
  boolean complete() {
    return fingerprint != null && version != UNKNOWN;
  }

  /** This record, with what it does not know taken from the record of the index. */
  ReportRecord completedBy(ReportRecord indexed) {
    return new ReportRecord(
        fingerprint == null ? indexed.fingerprint : fingerprint,
        department,
        cooperating,
        region,
        version == UNKNOWN ? indexed.version : version,
        retracted,
        currentAt == UNKNOWN ? indexed.currentAt : currentAt,
        changedAt);
  }

  /** The reporting and the co-operating departments. */
  Set<DepartmentCode> concerned() {
    Set<DepartmentCode> concerned = new HashSet<>(cooperating);
    concerned.add(department);
    return concerned;
  }
}
