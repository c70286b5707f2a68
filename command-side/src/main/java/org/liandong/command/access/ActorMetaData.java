package org.liandong.command.access;

import java.util.HashMap;
import java.util.Map;
import org.axonframework.messaging.MetaData;
import org.liandong.model.access.Actor;
import org.liandong.model.access.Role;
import org.liandong.model.code.DepartmentCode;
import org.liandong.model.code.RegionCode;

/** The actor in a message's metadata: a command's, copied by Axon onto the events it causes. */
public final class ActorMetaData {

  static final String USER = "actorUser";
  static final String ROLE = "actorRole";
  static final String DEPARTMENT = "actorDepartment";
  static final String REGION = "actorRegion";

  private ActorMetaData() {}

  public static Map<String, String> of(Actor actor) {
    Map<String, String> values = new HashMap<>();
    values.put(USER, actor.user());
    values.put(ROLE, actor.role().name());
    if (actor.department() != null) {
      values.put(DEPARTMENT, actor.department().value());
    }
    if (actor.region() != null) {
      values.put(REGION, actor.region().value());
    }
    return values;
  }

  /** The actor of an event; null for events stored before actors were recorded. */
  public static Actor from(MetaData metaData) {
    Object user = metaData.get(USER);
    if (user == null) {
      return null;
    }
    Object department = metaData.get(DEPARTMENT);
    Object region = metaData.get(REGION);
    return new Actor(
        user.toString(),
        Role.valueOf(metaData.get(ROLE).toString()),
        department == null ? null : new DepartmentCode(department.toString()),
        region == null ? null : new RegionCode(region.toString()));
  }
}
