package org.liandong.command.campaign;

import java.util.HashSet;
import java.util.Set;
import org.liandong.model.campaign.FieldReport;
import org.liandong.model.code.DepartmentCode;
import org.liandong.model.code.RegionCode;

/**
 * What a campaign remembers of each report: the fingerprint of the request that made it (so that a
 * retry of it is recognised even after corrections), who made it and where, how many versions it
 * has, whether it was retracted, and the sequence of the event that holds the version that counts
 * now ({@code currentAt}). The figures themselves stay in the history, read back by that sequence.
 */
record ReportRecord(
    long fingerprint,
    DepartmentCode department,
    Set<DepartmentCode> cooperating,
    RegionCode region,
    int version,
    boolean retracted,
    long currentAt) {

  /**
   * The codes of all records, which are few: the reference data's. A record read from its event
   * held a department and a region of its own, two objects and two strings, over a third of the
   * bytes each report cost the heap (docs/benchmarks.md).
   */
  private static final SharedCodes CODES = new SharedCodes(10_000);

  /**
   * A campaign holds a record for every report it ever took, so a record keeps no copies: most
   * reports name no co-operating department and share one empty set, and the codes are shared.
   */
  ReportRecord {
    cooperating = cooperating.isEmpty() ? Set.of() : cooperating;
    department = CODES.shared(department);
    region = CODES.shared(region);
  }

  /** The reporting and the co-operating departments. */
  Set<DepartmentCode> concerned() {
    Set<DepartmentCode> concerned = new HashSet<>(cooperating);
    concerned.add(department);
    return concerned;
  }

  /** A new version's department, co-operating departments and region, held at {@code sequence}. */
  ReportRecord corrected(FieldReport version, int number, long sequence) {
    return new ReportRecord(
        fingerprint,
        version.department(),
        version.cooperatingDepartments(),
        version.region(),
        number,
        false,
        sequence);
  }

  ReportRecord withdrawn() {
    return new ReportRecord(fingerprint, department, cooperating, region, version, true, currentAt);
  }
}
