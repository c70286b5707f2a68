package org.liandong.model.access;

import java.util.Objects;
import org.liandong.model.code.DepartmentCode;
import org.liandong.model.code.RegionCode;

/**
 * Who causes an event: a signed-in user with a role, the department a department user acts for, and
 * the one region it is limited to, if any. Every stored event carries its actor.
 *
 * @param department the department, for department users only
 * @param region the region a department user is limited to, or null; a provincial office's region
 */
public record Actor(String user, Role role, DepartmentCode department, RegionCode region) {

  /** The platform acting on its own. */
  public static final Actor SYSTEM = new Actor("liandong", Role.SYSTEM, null, null);

  public Actor {
    if (user == null || user.isBlank()) {
      throw new IllegalArgumentException("an actor needs a user name");
    }
    Objects.requireNonNull(role, "role");
    if ((role == Role.DEPARTMENT) != (department != null)) {
      throw new IllegalArgumentException(
          "a department user, and only one, acts for a department: " + user);
    }
    if (region != null && role != Role.DEPARTMENT && role != Role.PROVINCIAL_OFFICE) {
      throw new IllegalArgumentException(
          "only a department user or a provincial office is limited to a region: " + user);
    }
    if (role == Role.PROVINCIAL_OFFICE && region == null) {
      throw new IllegalArgumentException("a provincial office acts for its region: " + user);
    }
  }

  /** Whether this actor may act in the name of the department. */
  public boolean actsFor(DepartmentCode code) {
    return role == Role.DEPARTMENT && department.equals(code);
  }

  /** Whether this actor may act in the region: any, unless limited to another. */
  public boolean actsIn(RegionCode code) {
    return region == null || region.equals(code);
  }

  /** Whether this actor reads everything, as its role does. */
  public boolean readsAll() {
    return role.readsAll();
  }
}
