package org.liandong.command.evaluation;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.liandong.access.ScopeRule;
import org.liandong.command.RuleViolation;
import org.liandong.command.SnapshotState;
import org.liandong.model.access.Actor;
import org.liandong.model.campaign.Acknowledgement;
import org.liandong.model.code.RegionCode;
import org.liandong.model.evaluation.AssignEvaluatorCommand;
import org.liandong.model.evaluation.EvaluatorAssigned;
import org.liandong.model.evaluation.LeadEvaluatorNamed;
import org.liandong.model.evaluation.NameLeadEvaluatorCommand;
import org.liandong.model.evaluation.RoundPhase;

/**
 * Who evaluates a round: each evaluator's regions and home region, and the lead evaluator. The
 * office staffs it; a member of the {@link EvaluationRound} aggregate, which it asks for the phase.
 */
@SnapshotState
class RoundStaff extends RoundPart {

  /** An evaluator's regions, and the region they belong to, which they never score. */
  record Assignment(RegionCode homeRegion, Set<RegionCode> regions) {}

  private Map<String, Assignment> evaluators = new HashMap<>();
  private String lead;

  /** For Jackson, which sets the round as it reads a snapshot. */
  RoundStaff() {}

  RoundStaff(EvaluationRound round) {
    super(round);
  }

  @CommandHandler
  Acknowledgement handle(AssignEvaluatorCommand command, Actor actor) {
    ScopeRule.requireOffice(actor, "only the office assigns evaluators");
    Assignment assignment = new Assignment(command.homeRegion(), command.regions());
    if (assignment.equals(evaluators.get(command.evaluator()))) {
      return Acknowledgement.ALREADY_RECORDED;
    }
    if (round.phase() != RoundPhase.DRAFT && round.phase() != RoundPhase.OPEN) {
      throw RuleViolation.rule("roundId", "evaluators are assigned before the scoring starts");
    }
    if (command.homeRegion() != null && command.regions().contains(command.homeRegion())) {
      throw RuleViolation.rule(
          "regions", "nobody scores their own region (" + command.homeRegion() + ")");
    }
    apply(
        new EvaluatorAssigned(
            round.id(), command.evaluator(), command.homeRegion(), command.regions()));
    return Acknowledgement.RECORDED;
  }

  /**
   * In any phase, the published one too: a lead never acts on their home region's result, so the
   * office may hand that region's moderation or appeal to another lead.
   */
  @CommandHandler
  Acknowledgement handle(NameLeadEvaluatorCommand command, Actor actor) {
    ScopeRule.requireOffice(actor, "only the office names the lead evaluator");
    if (command.evaluator().equals(lead)) {
      return Acknowledgement.ALREADY_RECORDED;
    }
    apply(new LeadEvaluatorNamed(round.id(), command.evaluator()));
    return Acknowledgement.RECORDED;
  }

  /** Before the round opens: a lead, and two evaluators at least for every region evaluated. */
  void requireStaffed() {
    if (lead == null) {
      throw RuleViolation.rule("roundId", "name the lead evaluator before opening the round");
    }
    if (evaluators.isEmpty()) {
      throw RuleViolation.rule("roundId", "assign the evaluators before opening the round");
    }
    for (RegionCode region : regionsEvaluated()) {
      long evaluating =
          evaluators.values().stream().filter(a -> a.regions().contains(region)).count();
      if (evaluating < 2) {
        throw RuleViolation.rule(
            "roundId", "region " + region + " has " + evaluating + " evaluator(s); it needs two");
      }
    }
  }

  /** The regions some evaluator scores, in code order. */
  Set<RegionCode> regionsEvaluated() {
    Set<RegionCode> regions = new TreeSet<>();
    evaluators.values().forEach(assignment -> regions.addAll(assignment.regions()));
    return regions;
  }

  String lead() {
    return lead;
  }

  /** The lead evaluator's home region, when the lead is also assigned regions to score. */
  RegionCode leadHome() {
    Assignment assignment = lead == null ? null : evaluators.get(lead);
    return assignment == null ? null : assignment.homeRegion();
  }

  Assignment assignmentOf(String evaluator) {
    return evaluators.get(evaluator);
  }

  @EventSourcingHandler
  void on(EvaluatorAssigned event) {
    evaluators.put(event.evaluator(), new Assignment(event.homeRegion(), event.regions()));
  }

  @EventSourcingHandler
  void on(LeadEvaluatorNamed event) {
    lead = event.evaluator();
  }
}
