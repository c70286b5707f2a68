package org.liandong.web.signin;

import java.util.Optional;
import org.liandong.model.access.Role;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.web.server.ResponseStatusException;

/**
 * Who is signed in, from the ID token's claims, to choose the navigation and hide actions the role
 * cannot take. The sides decide again from the access token: hiding is a courtesy, not a control.
 */
public record SignedInUser(String name, Role role, String department, String region) {

  static Optional<SignedInUser> of(Authentication authentication) {
    if (authentication == null || !(authentication.getPrincipal() instanceof OidcUser user)) {
      return Optional.empty();
    }
    String name = user.getPreferredUsername();
    String role = user.getClaimAsString("role");
    return Optional.of(
        new SignedInUser(
            name == null ? user.getSubject() : name,
            role == null ? null : Role.valueOf(role),
            user.getClaimAsString("department"),
            user.getClaimAsString("region")));
  }

  /**
   * The department {@code user} acts for, refusing (403) anyone but a department user: the pages
   * offer department users alone what only they may do, and the API refuses it too.
   */
  public static String requireDepartment(SignedInUser user) {
    if (user == null || !user.departmentUser()) {
      throw new ResponseStatusException(HttpStatus.FORBIDDEN);
    }
    return user.department();
  }

  /**
   * Refuses (403) anyone but the office what only the office is offered; the API refuses it too.
   */
  public static void requireOffice(SignedInUser user) {
    if (user == null || !user.office()) {
      throw new ResponseStatusException(HttpStatus.FORBIDDEN);
    }
  }

  public boolean office() {
    return role == Role.OFFICE;
  }

  public boolean departmentUser() {
    return role == Role.DEPARTMENT && department != null;
  }

  /**
   * Whether the role reads everything, who did what included (the office, evaluators, auditors), to
   * offer the histories; the query side decides again.
   */
  public boolean readsAll() {
    return role != null && role.readsAll();
  }

  /**
   * Whether the role reads the campaigns: a provincial office reads its region's evaluation alone.
   */
  public boolean readsCampaigns() {
    return role != null && role != Role.PROVINCIAL_OFFICE;
  }

  /** Whether the role takes part in or reads the evaluation rounds: every role but a department. */
  public boolean readsEvaluations() {
    return role != null && role != Role.DEPARTMENT;
  }

  /** Whether this user made, and so may correct, a report of {@code reportDepartment}. */
  public boolean owns(String reportDepartment) {
    return departmentUser() && department.equals(reportDepartment);
  }
}
