package org.liandong.model.campaign;

import java.time.LocalDate;
import java.util.Set;
import org.liandong.model.InvalidValueException;
import org.liandong.model.Require;
import org.liandong.model.code.DepartmentCode;
import org.liandong.model.code.RegionCode;

/**
 * What every field report says besides what it counts: who reports it, for which region, what day
 * it happened in the field (which may be days before it is reported), the departments that took
 * part beside the reporting one (a joint operation), and notes. In the JSON of commands and events
 * its fields stand beside the report's own, not in an object of their own.
 */
public record ReportHeader(
    DepartmentCode department,
    RegionCode region,
    LocalDate occurredOn,
    String reportedBy,
    Set<DepartmentCode> cooperatingDepartments,
    String notes) {

  public ReportHeader {
    Require.present(department, "department");
    Require.present(region, "region");
    Require.present(occurredOn, "occurredOn");
    reportedBy = Require.text(reportedBy, "reportedBy", 100);
    notes = Require.optionalText(notes, "notes", 2000);
    cooperatingDepartments = cooperating(cooperatingDepartments, department);
  }

  /** Optional (and absent in events stored before joint operations), never the reporting one. */
  private static Set<DepartmentCode> cooperating(
      Set<DepartmentCode> cooperating, DepartmentCode reporting) {
    if (cooperating == null) {
      return Set.of();
    }
    Require.noNulls(cooperating, "cooperatingDepartments");
    if (cooperating.contains(reporting)) {
      throw new InvalidValueException(
          "cooperatingDepartments", "must not name the reporting department " + reporting);
    }
    return Sorted.set(cooperating);
  }
}
