package org.liandong.command.access;

import java.util.Set;
import org.liandong.access.AccessRefusedException;
import org.liandong.access.ScopeRule;
import org.liandong.model.access.Actor;
import org.liandong.model.campaign.AddRegionsCommand;
import org.liandong.model.campaign.AdvancePhaseCommand;
import org.liandong.model.campaign.CloseCampaignCommand;
import org.liandong.model.campaign.CorrectReportCommand;
import org.liandong.model.campaign.JoinCampaignCommand;
import org.liandong.model.campaign.LaunchCampaignCommand;
import org.liandong.model.campaign.RecordReportCommand;
import org.liandong.model.campaign.ReportHeader;
import org.liandong.model.campaign.RetractReportCommand;
import org.liandong.model.campaign.SetTargetsCommand;
import org.liandong.model.campaign.WithdrawFromCampaignCommand;
import org.liandong.model.casefile.AcceptCaseCommand;
import org.liandong.model.casefile.ReturnCaseCommand;
import org.liandong.model.casefile.TransferCaseCommand;
import org.liandong.model.code.RegionCode;
import org.liandong.model.evaluation.AssignEvaluatorCommand;
import org.liandong.model.evaluation.DecideAppealCommand;
import org.liandong.model.evaluation.DraftRoundCommand;
import org.liandong.model.evaluation.LodgeAppealCommand;
import org.liandong.model.evaluation.MakeDeductionCommand;
import org.liandong.model.evaluation.NameLeadEvaluatorCommand;
import org.liandong.model.evaluation.OpenRoundCommand;
import org.liandong.model.evaluation.PublishResultsCommand;
import org.liandong.model.evaluation.ReviseSchemeCommand;
import org.liandong.model.evaluation.ScoreIndicatorCommand;
import org.liandong.model.evaluation.SettleScoreCommand;
import org.liandong.model.evaluation.StartModerationCommand;
import org.liandong.model.evaluation.StartScoringCommand;
import org.liandong.model.evaluation.SubmitSelfAssessmentCommand;
import org.liandong.model.publication.AmendReleaseTextCommand;
import org.liandong.model.publication.ApproveTypicalCaseCommand;
import org.liandong.model.publication.IssueReleaseCommand;
import org.liandong.model.publication.ProposeTypicalCaseCommand;
import org.liandong.model.publication.ReturnTypicalCaseCommand;
import org.liandong.model.task.AcknowledgeTaskCommand;
import org.liandong.model.task.AssignTaskCommand;
import org.liandong.model.task.CancelTaskCommand;
import org.liandong.model.task.CompleteTaskCommand;
import org.liandong.model.task.MarkTaskOverdueCommand;
import org.liandong.model.task.NoteTaskProgressCommand;
import org.liandong.model.task.ReassignTaskCommand;

/**
 * Who may send which command, by what its body names, under the {@link ScopeRule}. Only the office
 * runs campaigns and their tasks, drafts and opens evaluation rounds, and issues releases; a
 * department user reports, corrects, retracts, works its tasks and moves cases only in its own
 * department's name (and region, when limited to one); evaluators score, moderate and publish
 * rounds; a provincial office submits and appeals for its own region; auditors send nothing; the
 * platform itself only marks tasks overdue. A command not listed here is refused. The aggregate
 * then checks the thing acted on, from its state.
 */
final class CommandPermissions {

  private static final Set<Class<?>> OFFICE_COMMANDS =
      Set.of(
          LaunchCampaignCommand.class,
          AdvancePhaseCommand.class,
          JoinCampaignCommand.class,
          WithdrawFromCampaignCommand.class,
          AddRegionsCommand.class,
          SetTargetsCommand.class,
          CloseCampaignCommand.class,
          AssignTaskCommand.class,
          ReassignTaskCommand.class,
          CancelTaskCommand.class,
          DraftRoundCommand.class,
          ReviseSchemeCommand.class,
          AssignEvaluatorCommand.class,
          NameLeadEvaluatorCommand.class,
          OpenRoundCommand.class,
          StartScoringCommand.class,
          IssueReleaseCommand.class,
          AmendReleaseTextCommand.class,
          ApproveTypicalCaseCommand.class,
          ReturnTypicalCaseCommand.class);

  /** What evaluators send; the round decides which of them may (assigned, or its lead). */
  private static final Set<Class<?>> EVALUATOR_COMMANDS =
      Set.of(
          ScoreIndicatorCommand.class,
          StartModerationCommand.class,
          SettleScoreCommand.class,
          MakeDeductionCommand.class,
          PublishResultsCommand.class,
          DecideAppealCommand.class);

  private CommandPermissions() {}

  /**
   * Checks what the command's body names; the aggregate then checks the thing acted on, as its
   * state has it, with the same {@link ScopeRule}.
   *
   * @throws AccessRefusedException naming the request field that the actor may not act for
   */
  static void check(Actor actor, Object command) {
    if (OFFICE_COMMANDS.contains(command.getClass())) {
      ScopeRule.requireOffice(actor, "only the office runs campaigns and assigns their tasks");
    } else if (EVALUATOR_COMMANDS.contains(command.getClass())) {
      ScopeRule.requireEvaluator(actor, "only evaluators score, moderate and publish");
    } else if (command instanceof SubmitSelfAssessmentCommand assessment) {
      ScopeRule.requireProvincialOffice(actor, assessment.region(), "region");
    } else if (command instanceof LodgeAppealCommand appeal) {
      ScopeRule.requireProvincialOffice(actor, appeal.region(), "region");
    } else if (command instanceof RecordReportCommand report) {
      requireReporter(actor, report.header());
    } else if (command instanceof CorrectReportCommand correction) {
      requireReporter(actor, correction.corrected().header());
    } else if (command instanceof RetractReportCommand retraction) {
      ScopeRule.requireDepartment(actor, retraction.department(), "department");
    } else if (command instanceof ProposeTypicalCaseCommand proposal) {
      ScopeRule.requireDepartment(actor, proposal.department(), "department");
    } else if (command instanceof AcknowledgeTaskCommand task) {
      ScopeRule.requireDepartment(actor, task.department(), "department");
    } else if (command instanceof NoteTaskProgressCommand task) {
      ScopeRule.requireDepartment(actor, task.department(), "department");
    } else if (command instanceof CompleteTaskCommand task) {
      ScopeRule.requireDepartment(actor, task.department(), "department");
    } else if (command instanceof TransferCaseCommand transfer) {
      ScopeRule.requireDepartment(actor, transfer.from(), "from");
      requireRegion(actor, transfer.region());
    } else if (command instanceof AcceptCaseCommand acceptance) {
      ScopeRule.requireDepartment(actor, acceptance.department(), "department");
    } else if (command instanceof ReturnCaseCommand giveBack) {
      ScopeRule.requireDepartment(actor, giveBack.department(), "department");
    } else if (command instanceof MarkTaskOverdueCommand) {
      ScopeRule.requirePlatform(actor, "tasks become overdue by themselves");
    } else {
      throw new AccessRefusedException(
          null, "nobody may send " + command.getClass().getSimpleName());
    }
  }

  /** The department and region a report's header names: the actor's own. */
  private static void requireReporter(Actor actor, ReportHeader header) {
    ScopeRule.requireDepartment(actor, header.department(), "department");
    requireRegion(actor, header.region());
  }

  /** The region a body names, which the actor must act in: the field is the body's region. */
  private static void requireRegion(Actor actor, RegionCode region) {
    ScopeRule.requireChange(actor, actor.department(), region, "region");
  }
}
