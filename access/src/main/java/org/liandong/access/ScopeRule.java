package org.liandong.access;

import java.util.Collection;
import java.util.Set;
import org.liandong.model.access.Actor;
import org.liandong.model.access.Role;
import org.liandong.model.code.DepartmentCode;
import org.liandong.model.code.RegionCode;

/**
 * The platform's one scope rule, for every command and every query. It judges a thing by the
 * department and region it has in the side's own state (the aggregate's for a command, the view's
 * for a query), never by what a request says it is:
 *
 * <ul>
 *   <li>campaigns themselves (launching, phases, departments, regions, targets, assigning tasks)
 *       are the office's to change;
 *   <li>a report, a task or a case is changed only by a user of the department that owns it (made
 *       the report, was given the task, holds or is sent the case), and, for a user limited to a
 *       region, only when the thing lies in that region (a national thing lies in none);
 *   <li>the office, evaluators and auditors read everything; a department user reads what concerns
 *       its department (its own reports and the joint operations it took part in, its tasks, the
 *       campaigns it takes part in, the cases it sent or received), and, when limited to a region,
 *       only what lies in that region; a provincial office reads no department's things, only its
 *       region's evaluation.
 * </ul>
 *
 * The command side answers a refused change with 403 naming the field; the query side hides what a
 * reader may not read (404), as if it did not exist. Both sides' architecture tests fail when an
 * endpoint or a command handler is added that does not pass through here.
 */
public final class ScopeRule {

  private ScopeRule() {}

  /** A change to a campaign itself, or to its tasks as a whole. */
  public static void requireOffice(Actor actor, String reason) {
    if (actor == null || actor.role() != Role.OFFICE) {
      throw new AccessRefusedException(null, reason);
    }
  }

  /** What only evaluators do (which rounds and regions, their round decides). */
  public static void requireEvaluator(Actor actor, String reason) {
    if (actor == null || actor.role() != Role.EVALUATOR) {
      throw new AccessRefusedException(null, reason);
    }
  }

  /**
   * What the lead evaluator of a round does (moderating, publishing, deciding appeals).
   *
   * @param lead the round's lead evaluator, as its state has it; null when none is named
   */
  public static void requireLeadEvaluator(Actor actor, String lead) {
    requireEvaluator(actor, "only the round's lead evaluator does this");
    if (!actor.user().equals(lead)) {
      throw new AccessRefusedException(
          null, "only the round's lead evaluator (" + lead + ") does this");
    }
  }

  /**
   * What the lead evaluator does to one region's result (settling a score, a deduction, deciding an
   * appeal): never to the lead's home region, which nobody scores.
   *
   * @param leadHome the lead's home region, as the round's state has it; null when it has none
   */
  public static void requireLeadEvaluatorOf(
      Actor actor, String lead, RegionCode leadHome, RegionCode region) {
    requireLeadEvaluator(actor, lead);
    if (region.equals(leadHome)) {
      throw new AccessRefusedException(
          "region",
          actor.user() + " is of region " + region + ", which nobody scores; name another lead");
    }
  }

  /**
   * A score of a region by an evaluator, who scores only the regions assigned to them.
   *
   * @param assigned the regions the round assigns the actor, as its state has it (empty if none)
   */
  public static void requireAssigned(Actor actor, Set<RegionCode> assigned, RegionCode region) {
    requireEvaluator(actor, "only evaluators score");
    if (!assigned.contains(region)) {
      throw new AccessRefusedException(
          "region", actor.user() + " is not assigned to score region " + region);
    }
  }

  /** What the platform does on its own, such as marking a task overdue. */
  public static void requirePlatform(Actor actor, String reason) {
    if (actor == null || actor.role() != Role.SYSTEM) {
      throw new AccessRefusedException(null, reason);
    }
  }

  /**
   * What a region's leading-group office does for its region (a self-assessment, an appeal).
   *
   * @param field the request field that names the region
   */
  public static void requireProvincialOffice(Actor actor, RegionCode region, String field) {
    if (actor == null || actor.role() != Role.PROVINCIAL_OFFICE) {
      throw new AccessRefusedException(null, "only a region's own office does this");
    }
    if (!actor.region().equals(region)) {
      throw new AccessRefusedException(
          field, actor.user() + " is the office of region " + actor.region() + ", not " + region);
    }
  }

  /**
   * A change to a thing of a department, whatever its region (a new thing's region is checked with
   * {@link #requireChange}).
   *
   * @param field the request field that names the department
   */
  public static void requireDepartment(Actor actor, DepartmentCode owner, String field) {
    if (actor == null || actor.role() != Role.DEPARTMENT) {
      throw new AccessRefusedException(null, "only a department's own users act in its name");
    }
    if (!actor.actsFor(owner)) {
      throw new AccessRefusedException(
          field,
          actor.user() + " acts for " + actor.department().value() + ", not " + owner.value());
    }
  }

  /**
   * A change to a thing of the department in the region.
   *
   * @param region the thing's region; null for a national thing, which lies in no region
   * @param field the request field that names the thing, or its department and region
   */
  public static void requireChange(
      Actor actor, DepartmentCode owner, RegionCode region, String field) {
    requireDepartment(actor, owner, field);
    if (!liesIn(actor, region)) {
      throw new AccessRefusedException(
          field,
          actor.user()
              + " acts in region "
              + actor.region().value()
              + " only; this lies "
              + (region == null ? "in no region (national)" : "in region " + region.value()));
    }
  }

  /**
   * Whether the reader may read a thing concerning these departments and lying in these regions (a
   * national thing lies in none).
   */
  public static boolean mayRead(
      Actor reader, Collection<DepartmentCode> departments, Collection<RegionCode> regions) {
    if (reader.readsAll()) {
      return true;
    }
    return reader.role() == Role.DEPARTMENT
        && departments.contains(reader.department())
        && (reader.region() == null || regions.contains(reader.region()));
  }

  /**
   * Whether the reader may read a draft of what the office publishes (a typical case proposed or
   * returned): the office, and the users of the proposing department (in its region, when limited
   * to one) alone; evaluators and auditors read it once it is published, like everybody.
   */
  public static boolean mayReadDraft(
      Actor reader, DepartmentCode proposer, Collection<RegionCode> regions) {
    if (reader.role() == Role.OFFICE) {
      return true;
    }
    return reader.role() == Role.DEPARTMENT
        && proposer.equals(reader.department())
        && (reader.region() == null || regions.contains(reader.region()));
  }

  /**
   * The department a reader is limited to; null for readers of everything.
   *
   * @throws AccessRefusedException for a reader of no department's things (a provincial office)
   */
  public static DepartmentCode readsDepartment(Actor reader) {
    if (reader.readsAll()) {
      return null;
    }
    if (reader.role() != Role.DEPARTMENT) {
      throw new AccessRefusedException(
          null, "a " + reader.role() + " reads no department's figures");
    }
    return reader.department();
  }

  /**
   * The region whose evaluation results a reader is limited to: null for the readers of everything
   * and, once the round is published, for the provincial offices too; before, a provincial office
   * reads its own region's alone.
   *
   * @throws AccessRefusedException for a department user
   */
  public static RegionCode readsEvaluationOf(Actor reader, boolean published) {
    if (reader.readsAll()) {
      return null;
    }
    if (reader.role() != Role.PROVINCIAL_OFFICE) {
      throw new AccessRefusedException(
          null,
          "evaluations are read by the office, evaluators,"
              + " auditors and the provincial offices");
    }
    return published ? null : reader.region();
  }

  /** The region a reader is limited to; null for readers of every region. */
  public static RegionCode readsRegion(Actor reader) {
    return readsDepartment(reader) == null ? null : reader.region();
  }

  private static boolean liesIn(Actor actor, RegionCode region) {
    return actor.region() == null || actor.region().equals(region);
  }
}
