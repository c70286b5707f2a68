package org.liandong.access;

import java.util.List;
import org.liandong.model.access.Role;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Who may sign in, and the limits on requests.
 *
 * @param users built-in users, signing in with a password (HTTP Basic or the sign-in page); none in
 *     production, where bearer tokens of the identity provider are used
 * @param claims the names of the token claims that carry a bearer's role, department and region
 * @param maxBodySize the largest request body taken
 * @param signInFailuresPerMinute failed sign-ins allowed per user name before it is locked for the
 *     rest of the minute
 * @param writesPerMinute changes (POST, PUT, DELETE) allowed per user and minute
 * @param database the MongoDB database of what both sides share (failed sign-ins), on the server of
 *     {@code spring.data.mongodb.uri}: both sides must name the same server
 */
@ConfigurationProperties("liandong.access")
public record AccessProperties(
    List<BuiltInUser> users,
    @DefaultValue Claims claims,
    @DefaultValue("64KB") DataSize maxBodySize,
    @DefaultValue("10") int signInFailuresPerMinute,
    @DefaultValue("600") int writesPerMinute,
    @DefaultValue("liandong-access") String database) {

  public AccessProperties {
    users = users == null ? List.of() : List.copyOf(users);
  }

  /**
   * @param password the password's hash with its algorithm, {@code {bcrypt}$2a$...}
   * @param department the department of a department user
   * @param region the one region a department user is limited to, if any
   */
  public record BuiltInUser(
      String name, String password, Role role, String department, String region) {}

  /** Claim names; the user's name is {@code preferred_username}, else the subject. */
  public record Claims(
      @DefaultValue("role") String role,
      @DefaultValue("department") String department,
      @DefaultValue("region") String region) {}
}
