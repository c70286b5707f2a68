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
 *
 * @param region the region the figure belongs to; null for a national figure (a national
 *     department's total for the whole country), which counts nationally and in no region. Only a
 *     user not limited to a region records one (the scope rule). The report events' revisions went
 *     up by one when the region became optional, so that a reader can tell the forms apart
 *     (docs/events.md); every earlier event names a region.
 */
public record ReportHeader(
    DepartmentCode department,
    RegionCode region,
    LocalDate occurredOn,
    String reportedBy,
    Set<DepartmentCode> cooperatingDepartments,
    String notes) {

  /**
   * What every header has, stored or new; the region and the cooperating departments optional
   * (absent in events stored before joint operations) and in a stable order.
   */
  public ReportHeader {
    Require.present(department, "department");
    Require.present(occurredOn, "occurredOn");
    cooperatingDepartments =
        cooperatingDepartments == null
            ? Set.of()
            : Sorted.set(Require.noNulls(cooperatingDepartments, "cooperatingDepartments"));
  }

  /**
   * The header of a new report, checked: the reporter and notes as bounded text, no cooperating
   * department that is the reporting one. Only new input is checked: a stored event is read as it
   * was written (ADR 0002), so that a rule made stricter later never makes history unreadable.
   */
  public ReportHeader checked() {
    if (cooperatingDepartments.contains(department)) {
      throw new InvalidValueException(
          "cooperatingDepartments", "must not name the reporting department " + department);
    }
    return new ReportHeader(
        department,
        region,
        occurredOn,
        Require.text(reportedBy, "reportedBy", 100),
        cooperatingDepartments,
        Require.optionalText(notes, "notes", 2000));
  }

  /** Whether it is a national figure, in no region. */
  public boolean national() {
    return region == null;
  }
}
