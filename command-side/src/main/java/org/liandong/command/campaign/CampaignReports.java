package org.liandong.command.campaign;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.liandong.access.ScopeRule;
import org.liandong.command.EventLookup;
import org.liandong.command.RuleViolation;
import org.liandong.command.SnapshotState;
import org.liandong.model.access.Actor;
import org.liandong.model.campaign.Acknowledgement;
import org.liandong.model.campaign.CorrectReportCommand;
import org.liandong.model.campaign.FieldReport;
import org.liandong.model.campaign.RecordReportCommand;
import org.liandong.model.campaign.ReportCorrected;
import org.liandong.model.campaign.ReportHeader;
import org.liandong.model.campaign.ReportRetracted;
import org.liandong.model.campaign.RetractReportCommand;
import org.liandong.model.code.DepartmentCode;
import org.liandong.model.code.RegionCode;
import org.liandong.model.id.ReportId;

/**
 * A campaign's field reports: the rules for recording, correcting and retracting them, and what is
 * known of each ({@link ReportRecord}). A member of the {@link Campaign} aggregate, which hands it
 * the commands about reports together with itself, for the rules that belong to the whole campaign.
 *
 * <p>The campaign remembers the reports it changed since the {@link ReportIndex} last caught up
 * with it, and asks the index for the others: whenever it remembers {@value #REMEMBERED} reports,
 * or twice as many as after the last time, it forgets those the index holds as they are now. So its
 * memory, and its snapshots, stay the same size whatever the number of its reports.
 */
@SnapshotState
class CampaignReports extends CampaignPart {

  static final int REMEMBERED = 256;

  private Map<String, ReportRecord> reports = new HashMap<>();

  /** The sequence up to which the campaign forgot what the index held: it relies on it so far. */
  private long forgottenTo = -1;

  private transient int forgetAt = REMEMBERED;

  /** For Jackson, which sets the campaign as it reads a snapshot. */
  CampaignReports() {}

  CampaignReports(Campaign campaign) {
    super(campaign);
  }

  /** Every kind of field report. */
  @CommandHandler
  Acknowledgement record(RecordReportCommand command, Actor actor, ReportIndex index) {
    ReportHeader header = command.header();
    ScopeRule.requireDepartment(actor, header.department(), "department");
    ScopeRule.requireChange(actor, header.department(), header.region(), "region");
    FieldReport report = command.toEvent(campaign.inReview());
    ReportRecord known = known(report.reportId(), index);
    if (known != null) {
      if (known.fingerprint() == Reports.fingerprint(report)) {
        return Acknowledgement.ALREADY_RECORDED;
      }
      throw RuleViolation.conflict(
          "reportId", "report " + report.reportId() + " was already recorded with other details");
    }
    campaign.requireAcceptingReports();
    requireReportable(report);
    apply(report);
    return Acknowledgement.RECORDED;
  }

  /**
   * The version a correction replaces is read back from the one event that holds it, not kept here:
   * a campaign with a hundred thousand reports would otherwise carry all their figures in memory
   * and in snapshots.
   */
  @CommandHandler
  Acknowledgement handle(
      CorrectReportCommand command, EventLookup history, Actor actor, ReportIndex index) {
    ReportRecord known = changeableBy(actor, command.reportId(), index);
    ScopeRule.requireChange(
        actor, known.department(), command.corrected().header().region(), "region");
    FieldReport previous = currentVersion(history, known);
    FieldReport corrected = command.corrected().toEvent(previous.late());
    if (!known.retracted() && Reports.fingerprint(corrected) == Reports.fingerprint(previous)) {
      return Acknowledgement.ALREADY_RECORDED;
    }
    campaign.requireOpen();
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
            campaign.id(),
            command.reportId(),
            known.version() + 1,
            command.reason(),
            previous,
            corrected));
    return Acknowledgement.RECORDED;
  }

  @CommandHandler
  Acknowledgement handle(
      RetractReportCommand command, EventLookup history, Actor actor, ReportIndex index) {
    ReportRecord known = changeableBy(actor, command.reportId(), index);
    if (known.retracted() && known.department().equals(command.department())) {
      return Acknowledgement.ALREADY_RECORDED;
    }
    campaign.requireOpen();
    requireChangeable(known, command.reportId(), command.department());
    apply(
        new ReportRetracted(
            campaign.id(), command.reportId(), command.reason(), currentVersion(history, known)));
    return Acknowledgement.RECORDED;
  }

  private FieldReport currentVersion(EventLookup history, ReportRecord known) {
    return history
        .at(campaign.id().value(), known.currentAt())
        .map(Reports::versionIn)
        .orElseThrow(
            () ->
                new IllegalStateException(
                    "campaign " + campaign.id() + " has no event " + known.currentAt()));
  }

  /**
   * Whether the actor may see each of the named reports; answered as if it did not exist if not.
   */
  void requireVisible(Actor actor, Set<ReportId> named, ReportIndex index) {
    for (ReportId reportId : named) {
      ReportRecord report = known(reportId, index);
      if (report == null || !ScopeRule.mayRead(actor, report.concerned(), regionsOf(report))) {
        throw RuleViolation.rule(
            "reports", "campaign " + campaign.id() + " has no report " + reportId + " you may see");
      }
    }
  }

  /** The region a report lies in; none for a national figure. */
  private static Set<RegionCode> regionsOf(ReportRecord report) {
    return report.region() == null ? Set.of() : Set.of(report.region());
  }

  /**
   * What is known of a report, remembered or indexed; null for a report the campaign never took.
   */
  private ReportRecord known(ReportId reportId, ReportIndex index) {
    ReportRecord remembered = reports.get(reportId.value());
    if (remembered != null && remembered.complete()) {
      return remembered;
    }
    Optional<ReportRecord> indexed = index.find(campaign.id(), reportId, forgottenTo);
    if (remembered == null) {
      return indexed.orElse(null);
    }
    return remembered.completedBy(
        indexed.orElseThrow(
            () ->
                new IllegalStateException(
                    "report " + reportId + " of " + campaign.id() + " is not indexed")));
  }

  /** A report, if the actor may change it where it now lies. */
  private ReportRecord changeableBy(Actor actor, ReportId reportId, ReportIndex index) {
    ReportRecord known = known(reportId, index);
    if (known == null) {
      throw RuleViolation.rule(
          "reportId", "campaign " + campaign.id() + " has no report " + reportId);
    }
    ScopeRule.requireChange(actor, known.department(), known.region(), "reportId");
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
    campaign.requireParticipant(report.department(), "department");
    for (DepartmentCode cooperating : report.cooperatingDepartments()) {
      campaign.requireParticipant(cooperating, "cooperatingDepartments");
    }
    // A national figure lies in no region, so no region of the campaign's scope is asked of it.
    if (!report.header().national()) {
      campaign.requireInScope(report.region());
    }
    LocalDate today = Campaign.today();
    if (report.occurredOn().isAfter(today)) {
      throw RuleViolation.rule("occurredOn", "is in the future (today is " + today + ")");
    }
    if (report.occurredOn().isBefore(campaign.startsOn())) {
      throw RuleViolation.rule(
          "occurredOn", "is before the campaign started on " + campaign.startsOn());
    }
  }

  @EventSourcingHandler
  void on(FieldReport event, @SequenceNumber long sequence, ReportIndex index) {
    remember(event.reportId(), event, sequence, index);
  }

  @EventSourcingHandler
  void on(ReportCorrected event, @SequenceNumber long sequence, ReportIndex index) {
    remember(event.reportId(), event, sequence, index);
  }

  @EventSourcingHandler
  void on(ReportRetracted event, @SequenceNumber long sequence, ReportIndex index) {
    remember(event.reportId(), event, sequence, index);
  }

  private void remember(ReportId reportId, Object event, long sequence, ReportIndex index) {
    reports.put(
        reportId.value(), ReportRecord.after(reports.get(reportId.value()), event, sequence));
    if (reports.size() >= forgetAt) {
      long indexedTo = index.indexedTo(campaign.id());
      reports.values().removeIf(known -> known.changedAt() <= indexedTo);
      forgottenTo = Math.max(forgottenTo, indexedTo);
      forgetAt = Math.max(REMEMBERED, 2 * reports.size());
    }
  }
}
