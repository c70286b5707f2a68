package org.liandong.model.campaign;

import java.util.Set;
import org.liandong.model.InvalidValueException;
import org.liandong.model.Require;

/** The departments that took part in a joint operation beside the one reporting it. */
final class Cooperation {

  private Cooperation() {}

  /** Checks a command's list: optional, no nulls, and not naming the reporting department. */
  static Set<DepartmentCode> of(Set<DepartmentCode> cooperating, DepartmentCode reporting) {
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

  /** An event's list; absent in events stored before joint operations were recorded. */
  static Set<DepartmentCode> stored(Set<DepartmentCode> cooperating) {
    return cooperating == null ? Set.of() : Sorted.set(cooperating);
  }
}
