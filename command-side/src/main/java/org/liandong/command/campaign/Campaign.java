package org.liandong.command.campaign;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.UnaryOperator;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.serialization.Revision;
import org.axonframework.spring.stereotype.Aggregate;
import org.liandong.access.ScopeRule;
import org.liandong.command.Fingerprint;
import org.liandong.command.RuleViolation;
import org.liandong.model.access.Actor;
import org.liandong.model.campaign.AcknowledgeTaskCommand;
import org.liandong.model.campaign.Acknowledgement;
import org.liandong.model.campaign.AddRegionsCommand;
import org.liandong.model.campaign.AdvancePhaseCommand;
import org.liandong.model.campaign.AssignTaskCommand;
import org.liandong.model.campaign.BusinessCalendar;
import org.liandong.model.campaign.CampaignClosed;
import org.liandong.model.campaign.CampaignId;
import org.liandong.model.campaign.CampaignLaunched;
import org.liandong.model.campaign.CancelTaskCommand;
import org.liandong.model.campaign.CloseCampaignCommand;
import org.liandong.model.campaign.CompleteTaskCommand;
import org.liandong.model.campaign.CorrectReportCommand;
import org.liandong.model.campaign.DepartmentCode;
import org.liandong.model.campaign.DepartmentJoined;
import org.liandong.model.campaign.DepartmentWithdrew;
import org.liandong.model.campaign.FieldReport;
import org.liandong.model.campaign.FieldReportCommand;
import org.liandong.model.campaign.JoinCampaignCommand;
import org.liandong.model.campaign.LaunchCampaignCommand;
import org.liandong.model.campaign.MarkTaskOverdueCommand;
import org.liandong.model.campaign.NoteTaskProgressCommand;
import org.liandong.model.campaign.Phase;
import org.liandong.model.campaign.PhaseAdvanced;
import org.liandong.model.campaign.ReassignTaskCommand;
import org.liandong.model.campaign.RecordCaseFiledCommand;
import org.liandong.model.campaign.RecordGangsDismantledCommand;
import org.liandong.model.campaign.RecordGoodsSeizedCommand;
import org.liandong.model.campaign.RecordShipmentsInterceptedCommand;
import org.liandong.model.campaign.RecordSiteRaidedCommand;
import org.liandong.model.campaign.RecordSuspectsArrestedCommand;
import org.liandong.model.campaign.RecordWebsitesClosedCommand;
import org.liandong.model.campaign.RegionCode;
import org.liandong.model.campaign.RegionsAdded;
import org.liandong.model.campaign.ReportCorrected;
import org.liandong.model.campaign.ReportId;
import org.liandong.model.campaign.ReportRetracted;
import org.liandong.model.campaign.RetractReportCommand;
import org.liandong.model.campaign.SetTargetsCommand;
import org.liandong.model.campaign.TargetsSet;
import org.liandong.model.campaign.TaskAcknowledged;
import org.liandong.model.campaign.TaskAssigned;
import org.liandong.model.campaign.TaskCancelled;
import org.liandong.model.campaign.TaskCompleted;
import org.liandong.model.campaign.TaskId;
import org.liandong.model.campaign.TaskOverdue;
import org.liandong.model.campaign.TaskProgressNoted;
import org.liandong.model.campaign.TaskReassigned;
import org.liandong.model.campaign.WithdrawFromCampaignCommand;

/**
 * A joint enforcement campaign: who takes part, where, and what has been reported. Every
 * client-chosen id (the campaign's own, a task's, a report's) is recorded once: a retry of the same
 * request is acknowledged without a new event, a different request under a taken id is a conflict.
 *
 * <p>Its fields are what the rules need and nothing more; Jackson reads and writes them directly
 * for snapshots. Its {@code @Revision} changes whenever they do: snapshots of another revision are
 * passed over, and the campaign is rebuilt from its events.
 */
@Aggregate(snapshotTriggerDefinition = "campaignSnapshotTrigger", cache = "aggregateCache")
@Revision("5")
@JsonAutoDetect(
    fieldVisibility = Visibility.ANY,
    getterVisibility = Visibility.NONE,
    isGetterVisibility = Visibility.NONE)
class Campaign {

  @AggregateIdentifier private CampaignId campaignId;
  private long launchFingerprint;
  private LocalDate startsOn;
  private Phase phase;
  private DepartmentCode leadDepartment;
  private Set<DepartmentCode> participants = new HashSet<>();
  private Set<DepartmentCode> withdrawn = new HashSet<>();
  private Set<RegionCode> regions = new HashSet<>();
  private long targetsFingerprint;
  private String summary;
  private Map<String, TaskRecord> tasks = new HashMap<>();
  private Map<String, String> taskTitles = new HashMap<>();
  private Map<String, String> taskRegions = new HashMap<>();
  private Map<String, ReportRecord> reports = new HashMap<>();

  /**
   * What the campaign remembers of each report: the fingerprint of the request that made it (so
   * that a retry of it is recognised even after corrections), who made it, how many versions it
   * has, and whether it was retracted. The figures themselves stay in the history.
   */
  record TaskRecord(
      long fingerprint,
      DepartmentCode department,
      LocalDate dueOn,
      TaskStatus status,
      boolean overdue,
      long lastNote) {

    boolean finished() {
      return status == TaskStatus.COMPLETED || status == TaskStatus.CANCELLED;
    }

    TaskRecord withStatus(TaskStatus next) {
      return new TaskRecord(fingerprint, department, dueOn, next, overdue, lastNote);
    }

    TaskRecord withNote(long note) {
      return new TaskRecord(fingerprint, department, dueOn, status, overdue, note);
    }

    TaskRecord markedOverdue() {
      return new TaskRecord(fingerprint, department, dueOn, status, true, lastNote);
    }

    /** Given to another department or date; still overdue only if the new date is no later. */
    TaskRecord reassigned(DepartmentCode to, LocalDate newDueOn) {
      return new TaskRecord(
          fingerprint,
          to,
          newDueOn,
          TaskStatus.ASSIGNED,
          overdue && !newDueOn.isAfter(dueOn),
          lastNote);
    }
  }

  enum TaskStatus {
    ASSIGNED,
    ACKNOWLEDGED,
    COMPLETED,
    CANCELLED
  }

  record ReportRecord(
      long fingerprint,
      DepartmentCode department,
      Set<DepartmentCode> cooperating,
      RegionCode region,
      int version,
      boolean retracted) {

    /** The reporting and the co-operating departments. */
    Set<DepartmentCode> concerned() {
      Set<DepartmentCode> concerned = new HashSet<>(cooperating);
      concerned.add(department);
      return concerned;
    }

    /** The version's department, co-operating departments and region, with the record's rest. */
    ReportRecord as(FieldReport version, int number, boolean isRetracted) {
      return new ReportRecord(
          fingerprint,
          version.department(),
          version.cooperatingDepartments(),
          version.region(),
          number,
          isRetracted);
    }
  }

  private static final String OFFICE_ONLY =
      "only the office runs campaigns and assigns their tasks";

  Campaign() {}

  @CommandHandler
  @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
  Acknowledgement handle(LaunchCampaignCommand command, Actor actor) {
    ScopeRule.requireOffice(actor, OFFICE_ONLY);
    Set<DepartmentCode> departments = new TreeSet<>(command.participatingDepartments());
    departments.add(command.leadDepartment());
    CampaignLaunched launched =
        new CampaignLaunched(
            command.campaignId(),
            command.name(),
            command.focus(),
            command.leadDepartment(),
            departments,
            command.regions(),
            command.period(),
            command.keyPoints());
    if (campaignId != null) {
      if (launchFingerprint == fingerprint(launched)) {
        return Acknowledgement.ALREADY_RECORDED;
      }
      throw RuleViolation.conflict(
          "campaignId", "campaign " + campaignId + " was already launched with other details");
    }
    apply(launched);
    return Acknowledgement.RECORDED;
  }

  /**
   * Asking for a phase the campaign has already reached is acknowledged, not refused: it is a retry
   * that arrives after the campaign moved on.
   */
  @CommandHandler
  Acknowledgement handle(AdvancePhaseCommand command, Actor actor) {
    ScopeRule.requireOffice(actor, OFFICE_ONLY);
    if (command.to().compareTo(phase) <= 0) {
      return Acknowledgement.ALREADY_RECORDED;
    }
    requireOpen();
    if (command.to() != phase.next() || command.to() == Phase.CLOSED) {
      throw RuleViolation.rule(
          "to",
          "campaign "
              + campaignId
              + " is in phase "
              + phase
              + ": it can only move on to "
              + phase.next()
              + (phase.next() == Phase.CLOSED ? ", by closing it with a summary" : ""));
    }
    apply(new PhaseAdvanced(campaignId, phase, command.to()));
    return Acknowledgement.RECORDED;
  }

  @CommandHandler
  Acknowledgement handle(JoinCampaignCommand command, Actor actor) {
    ScopeRule.requireOffice(actor, OFFICE_ONLY);
    if (participants.contains(command.department())) {
      return Acknowledgement.ALREADY_RECORDED;
    }
    requireOpen();
    apply(new DepartmentJoined(campaignId, command.department()));
    return Acknowledgement.RECORDED;
  }

  @CommandHandler
  Acknowledgement handle(WithdrawFromCampaignCommand command, Actor actor) {
    ScopeRule.requireOffice(actor, OFFICE_ONLY);
    if (!participants.contains(command.department())) {
      if (withdrawn.contains(command.department())) {
        return Acknowledgement.ALREADY_RECORDED;
      }
      throw RuleViolation.rule(
          "department",
          "department " + command.department() + " does not take part in campaign " + campaignId);
    }
    requireOpen();
    if (command.department().equals(leadDepartment)) {
      throw RuleViolation.rule(
          "department", "the lead department " + leadDepartment + " cannot withdraw");
    }
    apply(new DepartmentWithdrew(campaignId, command.department(), command.reason()));
    return Acknowledgement.RECORDED;
  }

  @CommandHandler
  Acknowledgement handle(AddRegionsCommand command, Actor actor) {
    ScopeRule.requireOffice(actor, OFFICE_ONLY);
    Set<RegionCode> added = new TreeSet<>(command.regions());
    added.removeAll(regions);
    if (added.isEmpty()) {
      return Acknowledgement.ALREADY_RECORDED;
    }
    requireOpen();
    apply(new RegionsAdded(campaignId, added));
    return Acknowledgement.RECORDED;
  }

  @CommandHandler
  Acknowledgement handle(SetTargetsCommand command, Actor actor) {
    ScopeRule.requireOffice(actor, OFFICE_ONLY);
    TargetsSet targets = new TargetsSet(campaignId, command.keyPoints(), command.targets());
    if (fingerprint(targets) == targetsFingerprint) {
      return Acknowledgement.ALREADY_RECORDED;
    }
    requireOpen();
    apply(targets);
    return Acknowledgement.RECORDED;
  }

  @CommandHandler
  Acknowledgement handle(CloseCampaignCommand command, Actor actor) {
    ScopeRule.requireOffice(actor, OFFICE_ONLY);
    if (phase == Phase.CLOSED) {
      if (command.summary().equals(summary)) {
        return Acknowledgement.ALREADY_RECORDED;
      }
      throw RuleViolation.rule("campaignId", "campaign " + campaignId + " is already closed");
    }
    if (phase != Phase.REVIEW) {
      throw RuleViolation.rule(
          "campaignId",
          "campaign " + campaignId + " is in phase " + phase + ": it is closed after its review");
    }
    apply(new CampaignClosed(campaignId, command.summary()));
    return Acknowledgement.RECORDED;
  }

  @CommandHandler
  Acknowledgement handle(AssignTaskCommand command, Actor actor) {
    ScopeRule.requireOffice(actor, OFFICE_ONLY);
    TaskAssigned assigned =
        new TaskAssigned(
            campaignId,
            command.taskId(),
            command.department(),
            command.region(),
            command.title(),
            command.dueOn(),
            command.targets());
    TaskRecord known = tasks.get(command.taskId().value());
    if (known != null) {
      if (known.fingerprint() == fingerprint(assigned)) {
        return Acknowledgement.ALREADY_RECORDED;
      }
      throw RuleViolation.conflict(
          "taskId", "task " + command.taskId() + " was already assigned with other details");
    }
    requireOpen();
    requireParticipant(command.department(), "department");
    if (command.region() != null) {
      requireInScope(command.region());
    }
    if (command.dueOn().isBefore(startsOn)) {
      throw RuleViolation.rule("dueOn", "is before the campaign starts on " + startsOn);
    }
    apply(assigned);
    return Acknowledgement.RECORDED;
  }

  @CommandHandler
  Acknowledgement handle(AcknowledgeTaskCommand command, Actor actor) {
    TaskRecord task = workedTask(command.taskId(), command.department(), actor);
    if (task.status() != TaskStatus.ASSIGNED) {
      return Acknowledgement.ALREADY_RECORDED;
    }
    requireOpen();
    apply(new TaskAcknowledged(campaignId, command.taskId(), command.department()));
    return Acknowledgement.RECORDED;
  }

  @CommandHandler
  Acknowledgement handle(NoteTaskProgressCommand command, Actor actor) {
    TaskRecord task = workedTask(command.taskId(), command.department(), actor);
    if (task.lastNote() == Fingerprint.of(command.note())) {
      return Acknowledgement.ALREADY_RECORDED;
    }
    requireOpen();
    requireUnfinished(command.taskId(), task);
    apply(
        new TaskProgressNoted(campaignId, command.taskId(), command.department(), command.note()));
    return Acknowledgement.RECORDED;
  }

  @CommandHandler
  Acknowledgement handle(CompleteTaskCommand command, Actor actor) {
    TaskRecord task = workedTask(command.taskId(), command.department(), actor);
    if (task.status() == TaskStatus.COMPLETED) {
      return Acknowledgement.ALREADY_RECORDED;
    }
    requireOpen();
    requireUnfinished(command.taskId(), task);
    LocalDate today = today();
    apply(
        new TaskCompleted(
            campaignId,
            command.taskId(),
            command.department(),
            command.note(),
            today,
            !today.isAfter(task.dueOn())));
    return Acknowledgement.RECORDED;
  }

  @CommandHandler
  Acknowledgement handle(ReassignTaskCommand command, Actor actor) {
    ScopeRule.requireOffice(actor, OFFICE_ONLY);
    TaskRecord task = knownTask(command.taskId());
    if (task.department().equals(command.department())
        && task.dueOn().equals(command.dueOn())
        && Objects.equals(taskRegions.get(command.taskId().value()), regionOf(command.region()))) {
      return Acknowledgement.ALREADY_RECORDED;
    }
    requireOpen();
    requireUnfinished(command.taskId(), task);
    requireParticipant(command.department(), "department");
    if (command.region() != null) {
      requireInScope(command.region());
    }
    apply(
        new TaskReassigned(
            campaignId,
            command.taskId(),
            taskTitles.get(command.taskId().value()),
            task.department(),
            command.department(),
            command.region(),
            command.dueOn()));
    return Acknowledgement.RECORDED;
  }

  @CommandHandler
  Acknowledgement handle(CancelTaskCommand command, Actor actor) {
    ScopeRule.requireOffice(actor, OFFICE_ONLY);
    TaskRecord task = knownTask(command.taskId());
    if (task.status() == TaskStatus.CANCELLED) {
      return Acknowledgement.ALREADY_RECORDED;
    }
    requireOpen();
    requireUnfinished(command.taskId(), task);
    apply(new TaskCancelled(campaignId, command.taskId(), task.department(), command.reason()));
    return Acknowledgement.RECORDED;
  }

  /**
   * Sent by the deadline watch, which may send it more than once or late: a task finished, already
   * overdue or not yet due is left as it is.
   */
  @CommandHandler
  Acknowledgement handle(MarkTaskOverdueCommand command, Actor actor) {
    ScopeRule.requirePlatform(actor, "tasks become overdue by themselves");
    TaskRecord task = knownTask(command.taskId());
    // A closed campaign changes no more; its unfinished tasks stay as they were left.
    if (phase == Phase.CLOSED
        || task.finished()
        || task.overdue()
        || !today().isAfter(task.dueOn())) {
      return Acknowledgement.ALREADY_RECORDED;
    }
    apply(new TaskOverdue(campaignId, command.taskId(), task.department(), task.dueOn()));
    return Acknowledgement.RECORDED;
  }

  private TaskRecord knownTask(TaskId taskId) {
    TaskRecord task = tasks.get(taskId.value());
    if (task == null) {
      throw RuleViolation.rule("taskId", "campaign " + campaignId + " has no task " + taskId);
    }
    return task;
  }

  /** A task the actor may work on where it lies, assigned to the department the body names. */
  private TaskRecord workedTask(TaskId taskId, DepartmentCode department, Actor actor) {
    TaskRecord task = knownTask(taskId);
    String region = taskRegions.get(taskId.value());
    ScopeRule.requireChange(
        actor, task.department(), region == null ? null : new RegionCode(region), "taskId");
    if (!task.department().equals(department)) {
      throw RuleViolation.rule(
          "department", "task " + taskId + " is assigned to " + task.department());
    }
    return task;
  }

  private static void requireUnfinished(TaskId taskId, TaskRecord task) {
    if (task.finished()) {
      throw RuleViolation.rule(
          "taskId", "task " + taskId + " is " + task.status().name().toLowerCase(Locale.ROOT));
    }
  }

  private static LocalDate today() {
    return BusinessCalendar.today(GenericEventMessage.clock);
  }

  private static String regionOf(RegionCode region) {
    return region == null ? null : region.value();
  }

  @CommandHandler
  Acknowledgement handle(RecordSiteRaidedCommand command, Actor actor) {
    return report(command, actor);
  }

  @CommandHandler
  Acknowledgement handle(RecordGoodsSeizedCommand command, Actor actor) {
    return report(command, actor);
  }

  @CommandHandler
  Acknowledgement handle(RecordCaseFiledCommand command, Actor actor) {
    return report(command, actor);
  }

  @CommandHandler
  Acknowledgement handle(RecordSuspectsArrestedCommand command, Actor actor) {
    return report(command, actor);
  }

  @CommandHandler
  Acknowledgement handle(RecordGangsDismantledCommand command, Actor actor) {
    return report(command, actor);
  }

  @CommandHandler
  Acknowledgement handle(RecordWebsitesClosedCommand command, Actor actor) {
    return report(command, actor);
  }

  @CommandHandler
  Acknowledgement handle(RecordShipmentsInterceptedCommand command, Actor actor) {
    return report(command, actor);
  }

  private Acknowledgement report(FieldReportCommand command, Actor actor) {
    ScopeRule.requireDepartment(actor, command.department(), "department");
    ScopeRule.requireChange(actor, command.department(), command.region(), "region");
    FieldReport report = Reports.eventFor(command, campaignId, phase == Phase.REVIEW);
    ReportRecord known = reports.get(report.reportId().value());
    if (known != null) {
      if (known.fingerprint() == Reports.fingerprint(report)) {
        return Acknowledgement.ALREADY_RECORDED;
      }
      throw RuleViolation.conflict(
          "reportId", "report " + report.reportId() + " was already recorded with other details");
    }
    if (!phase.acceptsReports()) {
      throw RuleViolation.rule(
          "campaignId",
          "campaign "
              + campaignId
              + " is in phase "
              + phase
              + ": reports are accepted from mobilisation until it is closed");
    }
    requireReportable(report);
    apply(report);
    return Acknowledgement.RECORDED;
  }

  /**
   * The version a correction replaces is read from the history, not kept here: a campaign with a
   * hundred thousand reports would otherwise carry all their figures in memory and in snapshots.
   */
  @CommandHandler
  Acknowledgement handle(CorrectReportCommand command, EventStore eventStore, Actor actor) {
    ReportRecord known = changeableBy(actor, command.reportId());
    ScopeRule.requireChange(actor, known.department(), command.corrected().region(), "region");
    FieldReport previous = Reports.currentVersion(eventStore, campaignId, command.reportId());
    FieldReport corrected = Reports.eventFor(command.corrected(), campaignId, previous.late());
    if (!known.retracted() && Reports.fingerprint(corrected) == Reports.fingerprint(previous)) {
      return Acknowledgement.ALREADY_RECORDED;
    }
    requireOpen();
    requireChangeable(known, command.reportId(), corrected.department());
    if (corrected.getClass() != previous.getClass()) {
      throw RuleViolation.rule(
          "reportId",
          "report "
              + command.reportId()
              + " is a "
              + previous.getClass().getSimpleName()
              + "; a correction keeps its kind");
    }
    requireReportable(corrected);
    apply(
        new ReportCorrected(
            campaignId,
            command.reportId(),
            known.version() + 1,
            command.reason(),
            previous,
            corrected));
    return Acknowledgement.RECORDED;
  }

  @CommandHandler
  Acknowledgement handle(RetractReportCommand command, EventStore eventStore, Actor actor) {
    ReportRecord known = changeableBy(actor, command.reportId());
    if (known.retracted() && known.department().equals(command.department())) {
      return Acknowledgement.ALREADY_RECORDED;
    }
    requireOpen();
    requireChangeable(known, command.reportId(), command.department());
    apply(
        new ReportRetracted(
            campaignId,
            command.reportId(),
            command.reason(),
            Reports.currentVersion(eventStore, campaignId, command.reportId())));
    return Acknowledgement.RECORDED;
  }

  /** A report, if the actor may change it where it now lies. */
  private ReportRecord changeableBy(Actor actor, ReportId reportId) {
    ReportRecord known = knownReport(reportId);
    ScopeRule.requireChange(actor, known.department(), known.region(), "reportId");
    return known;
  }

  /**
   * For a command sent elsewhere that names this campaign and some of its reports (a case
   * transfer): the actor may see the campaign and each report; what it may not see is answered as
   * if it did not exist.
   */
  void requireVisible(Actor actor, Set<ReportId> named) {
    Set<DepartmentCode> concerned = new HashSet<>(participants);
    concerned.addAll(withdrawn);
    if (campaignId == null || !ScopeRule.mayRead(actor, concerned, regions)) {
      throw notVisible(campaignId);
    }
    for (ReportId reportId : named) {
      ReportRecord report = reports.get(reportId.value());
      if (report == null
          || !ScopeRule.mayRead(actor, report.concerned(), Set.of(report.region()))) {
        throw RuleViolation.rule(
            "reports", "campaign " + campaignId + " has no report " + reportId + " you may see");
      }
    }
  }

  static RuleViolation notVisible(CampaignId campaignId) {
    return RuleViolation.rule(
        "campaignId", "there is no campaign " + campaignId + " that you take part in");
  }

  private ReportRecord knownReport(ReportId reportId) {
    ReportRecord known = reports.get(reportId.value());
    if (known == null) {
      throw RuleViolation.rule("reportId", "campaign " + campaignId + " has no report " + reportId);
    }
    return known;
  }

  private static void requireChangeable(
      ReportRecord known, ReportId reportId, DepartmentCode department) {
    if (!known.department().equals(department)) {
      throw RuleViolation.rule(
          "department",
          "report "
              + reportId
              + " was made by "
              + known.department()
              + ", which alone may change it");
    }
    if (known.retracted()) {
      throw RuleViolation.rule("reportId", "report " + reportId + " was retracted");
    }
  }

  private void requireReportable(FieldReport report) {
    requireParticipant(report.department(), "department");
    for (DepartmentCode cooperating : report.cooperatingDepartments()) {
      requireParticipant(cooperating, "cooperatingDepartments");
    }
    requireInScope(report.region());
    LocalDate today = today();
    if (report.occurredOn().isAfter(today)) {
      throw RuleViolation.rule("occurredOn", "is in the future (today is " + today + ")");
    }
    if (report.occurredOn().isBefore(startsOn)) {
      throw RuleViolation.rule("occurredOn", "is before the campaign started on " + startsOn);
    }
  }

  private void requireOpen() {
    if (phase == Phase.CLOSED) {
      throw RuleViolation.rule(
          "campaignId", "campaign " + campaignId + " is closed and takes no more changes");
    }
  }

  private void requireParticipant(DepartmentCode department, String field) {
    if (withdrawn.contains(department)) {
      throw RuleViolation.rule(
          field, "department " + department + " has withdrawn from campaign " + campaignId);
    }
    if (!participants.contains(department)) {
      throw RuleViolation.rule(
          field, "department " + department + " does not take part in campaign " + campaignId);
    }
  }

  private void requireInScope(RegionCode region) {
    if (!regions.contains(region)) {
      throw RuleViolation.rule(
          "region", "region " + region + " is not in the scope of campaign " + campaignId);
    }
  }

  @EventSourcingHandler
  void on(CampaignLaunched event) {
    campaignId = event.campaignId();
    launchFingerprint = fingerprint(event);
    startsOn = event.period().startsOn();
    phase = Phase.PLANNED;
    leadDepartment = event.leadDepartment();
    participants = new HashSet<>(event.participatingDepartments());
    regions = new HashSet<>(event.regions());
  }

  @EventSourcingHandler
  void on(PhaseAdvanced event) {
    phase = event.to();
  }

  @EventSourcingHandler
  void on(DepartmentJoined event) {
    participants.add(event.department());
    withdrawn.remove(event.department());
  }

  @EventSourcingHandler
  void on(DepartmentWithdrew event) {
    participants.remove(event.department());
    withdrawn.add(event.department());
  }

  @EventSourcingHandler
  void on(RegionsAdded event) {
    regions.addAll(event.regions());
  }

  @EventSourcingHandler
  void on(TargetsSet event) {
    targetsFingerprint = fingerprint(event);
  }

  @EventSourcingHandler
  void on(CampaignClosed event) {
    phase = Phase.CLOSED;
    summary = event.summary();
  }

  @EventSourcingHandler
  void on(TaskAssigned event) {
    String id = event.taskId().value();
    tasks.put(
        id,
        new TaskRecord(
            fingerprint(event), event.department(), event.dueOn(), TaskStatus.ASSIGNED, false, 0));
    taskTitles.put(id, event.title());
    taskRegions.put(id, regionOf(event.region()));
  }

  @EventSourcingHandler
  void on(TaskAcknowledged event) {
    changeTask(event.taskId(), task -> task.withStatus(TaskStatus.ACKNOWLEDGED));
  }

  @EventSourcingHandler
  void on(TaskProgressNoted event) {
    changeTask(event.taskId(), task -> task.withNote(Fingerprint.of(event.note())));
  }

  @EventSourcingHandler
  void on(TaskCompleted event) {
    changeTask(event.taskId(), task -> task.withStatus(TaskStatus.COMPLETED));
  }

  @EventSourcingHandler
  void on(TaskCancelled event) {
    changeTask(event.taskId(), task -> task.withStatus(TaskStatus.CANCELLED));
  }

  @EventSourcingHandler
  void on(TaskReassigned event) {
    changeTask(event.taskId(), task -> task.reassigned(event.to(), event.dueOn()));
    taskRegions.put(event.taskId().value(), regionOf(event.region()));
  }

  @EventSourcingHandler
  void on(TaskOverdue event) {
    changeTask(event.taskId(), TaskRecord::markedOverdue);
  }

  private void changeTask(TaskId taskId, UnaryOperator<TaskRecord> change) {
    tasks.computeIfPresent(taskId.value(), (id, task) -> change.apply(task));
  }

  @EventSourcingHandler
  void on(FieldReport event) {
    reports.put(
        event.reportId().value(),
        new ReportRecord(
            Reports.fingerprint(event),
            event.department(),
            event.cooperatingDepartments(),
            event.region(),
            1,
            false));
  }

  @EventSourcingHandler
  void on(ReportCorrected event) {
    ReportRecord known = reports.get(event.reportId().value());
    reports.put(event.reportId().value(), known.as(event.corrected(), event.version(), false));
  }

  @EventSourcingHandler
  void on(ReportRetracted event) {
    ReportRecord known = reports.get(event.reportId().value());
    reports.put(event.reportId().value(), known.as(event.previous(), known.version(), true));
  }

  private static long fingerprint(CampaignLaunched event) {
    return Fingerprint.of(
        event.name(),
        event.focus().name(),
        event.leadDepartment(),
        event.participatingDepartments(),
        event.regions(),
        event.period().startsOn(),
        event.period().endsOn(),
        event.keyPoints());
  }

  private static long fingerprint(TargetsSet event) {
    return Fingerprint.of(event.keyPoints(), event.targets());
  }

  private static long fingerprint(TaskAssigned event) {
    return Fingerprint.of(
        event.department(), event.region(), event.title(), event.dueOn(), event.targets());
  }
}
