package org.liandong.command.campaign;

import java.time.LocalDate;
import org.liandong.model.code.DepartmentCode;
import org.liandong.model.code.RegionCode;

/**
 * What a campaign remembers of one of its tasks: the fingerprint of the request that assigned it
 * (so that a retry is recognised), where it lies and who works on it, its due date and status, and
 * the fingerprint of its latest progress note.
 */
record TaskRecord(
    long fingerprint,
    String title,
    DepartmentCode department,
    RegionCode region,
    LocalDate dueOn,
    Status status,
    boolean overdue,
    long lastNote) {

  enum Status {
    ASSIGNED,
    ACKNOWLEDGED,
    COMPLETED,
    CANCELLED
  }

  boolean finished() {
    return status == Status.COMPLETED || status == Status.CANCELLED;
  }

  TaskRecord withStatus(Status next) {
    return new TaskRecord(fingerprint, title, department, region, dueOn, next, overdue, lastNote);
  }

  TaskRecord withNote(long note) {
    return new TaskRecord(fingerprint, title, department, region, dueOn, status, overdue, note);
  }

  TaskRecord markedOverdue() {
    return new TaskRecord(fingerprint, title, department, region, dueOn, status, true, lastNote);
  }

  /** Given to another department, region or date; still overdue only if the date is no later. */
  TaskRecord reassigned(DepartmentCode to, RegionCode toRegion, LocalDate newDueOn) {
    return new TaskRecord(
        fingerprint,
        title,
        to,
        toRegion,
        newDueOn,
        Status.ASSIGNED,
        overdue && !newDueOn.isAfter(dueOn),
        lastNote);
  }
}
