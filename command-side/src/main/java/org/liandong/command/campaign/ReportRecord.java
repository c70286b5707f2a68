package org.liandong.command.campaign;

import java.util.HashSet;
import java.util.Set;
import org.liandong.model.campaign.DepartmentCode;
import org.liandong.model.campaign.FieldReport;
import org.liandong.model.campaign.RegionCode;

/**
 * What a campaign remembers of each report: the fingerprint of the request that made it (so that a
 * retry of it is recognised even after corrections), who made it and where, how many versions it
 * has, and whether it was retracted. The figures themselves stay in the history.
 */
record ReportRecord(
    long fingerprint,
    DepartmentCode department,
    Set<DepartmentCode> cooperating,
    RegionCode region,
    int version,
    boolean retracted) {

  /** The reporting and the co-operating departments. */
  Set<DepartmentCode> concerned() {
    Set<DepartmentCode> concerned = new HashSet<>(cooperating);
    concerned.add(department);
    return concerned;
  }

  /** The version's department, co-operating departments and region, with the record's rest. */
  ReportRecord as(FieldReport version, int number, boolean isRetracted) {
    return new ReportRecord(
        fingerprint,
        version.department(),
        version.cooperatingDepartments(),
        version.region(),
        number,
        isRetracted);
  }
}
