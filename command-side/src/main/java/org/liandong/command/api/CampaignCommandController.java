package org.liandong.command.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.liandong.model.campaign.Acknowledgement;
import org.liandong.model.campaign.AddRegionsCommand;
import org.liandong.model.campaign.AdvancePhaseCommand;
import org.liandong.model.campaign.CloseCampaignCommand;
import org.liandong.model.campaign.JoinCampaignCommand;
import org.liandong.model.campaign.LaunchCampaignCommand;
import org.liandong.model.campaign.RecordReportCommand;
import org.liandong.model.campaign.ReportDetails;
import org.liandong.model.campaign.RetractReportCommand;
import org.liandong.model.campaign.SetTargetsCommand;
import org.liandong.model.campaign.WithdrawFromCampaignCommand;
import org.liandong.model.code.DepartmentCode;
import org.liandong.model.id.CampaignId;
import org.liandong.model.id.ReportId;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * The command API. Each request carries the id of what it creates, chosen by the client: 201 means
 * this request recorded it, 200 means an earlier try with the same content already had.
 */
@RestController
@RequestMapping(path = "/campaigns", produces = MediaType.APPLICATION_JSON_VALUE)
class CampaignCommandController {

  private final CommandGateway commands;
  private final ReportBodies reports;

  CampaignCommandController(CommandGateway commands, ReportBodies reports) {
    this.commands = commands;
    this.reports = reports;
  }

  @PostMapping
  ResponseEntity<CommandResult> launch(@RequestBody LaunchCampaignCommand command) {
    return send(command.campaignId(), command.campaignId().value(), command);
  }

  @PostMapping("/{campaignId}/phase")
  ResponseEntity<CommandResult> advancePhase(
      @PathVariable CampaignId campaignId, @RequestBody AdvancePhaseRequest request) {
    return send(campaignId, campaignId.value(), new AdvancePhaseCommand(campaignId, request.to()));
  }

  @PostMapping("/{campaignId}/departments")
  ResponseEntity<CommandResult> join(
      @PathVariable CampaignId campaignId, @RequestBody DepartmentRequest request) {
    var command = new JoinCampaignCommand(campaignId, request.department());
    return send(campaignId, command.department().value(), command);
  }

  @PostMapping("/{campaignId}/departments/{department}/withdrawal")
  ResponseEntity<CommandResult> withdraw(
      @PathVariable CampaignId campaignId,
      @PathVariable DepartmentCode department,
      @RequestBody ReasonRequest request) {
    var command = new WithdrawFromCampaignCommand(campaignId, department, request.reason());
    return send(campaignId, department.value(), command);
  }

  @PostMapping("/{campaignId}/regions")
  ResponseEntity<CommandResult> addRegions(
      @PathVariable CampaignId campaignId, @RequestBody AddRegionsRequest request) {
    var command = new AddRegionsCommand(campaignId, request.regions());
    return send(campaignId, campaignId.value(), command);
  }

  @PutMapping("/{campaignId}/targets")
  ResponseEntity<CommandResult> setTargets(
      @PathVariable CampaignId campaignId, @RequestBody SetTargetsRequest request) {
    var command = new SetTargetsCommand(campaignId, request.keyPoints(), request.targets());
    return send(campaignId, campaignId.value(), command);
  }

  @PostMapping("/{campaignId}/closure")
  ResponseEntity<CommandResult> close(
      @PathVariable CampaignId campaignId, @RequestBody CloseRequest request) {
    var command = new CloseCampaignCommand(campaignId, request.summary());
    return send(campaignId, campaignId.value(), command);
  }

  @PostMapping("/{campaignId}/tasks")
  ResponseEntity<CommandResult> assignTask(
      @PathVariable CampaignId campaignId, @RequestBody AssignTaskRequest request) {
    var command = request.toCommand(campaignId);
    return send(campaignId, command.taskId().value(), command);
  }

  /**
   * Every kind of field report, each at the path its kind names ({@link ReportKinds}); the body is
   * the report's id, its header and its details side by side ({@link ReportBodies}).
   */
  @PostMapping("/{campaignId}/{kind}")
  ResponseEntity<CommandResult> report(
      @PathVariable CampaignId campaignId,
      @PathVariable String kind,
      @RequestBody ObjectNode body,
      HttpServletRequest request)
      throws JsonProcessingException, NoResourceFoundException {
    RecordReportCommand command = reports.report(campaignId, body, kindAt(kind, request));
    return send(campaignId, command.reportId().value(), command);
  }

  /**
   * A correction: the whole report as it should have been, at the report's own path, with a {@code
   * reason}. Answers like a report: 201 corrected now, 200 already so.
   */
  @PutMapping("/{campaignId}/{kind}/{reportId}")
  ResponseEntity<CommandResult> correct(
      @PathVariable CampaignId campaignId,
      @PathVariable String kind,
      @PathVariable ReportId reportId,
      @RequestBody ObjectNode body,
      HttpServletRequest request)
      throws JsonProcessingException, NoResourceFoundException {
    return send(
        campaignId,
        reportId.value(),
        reports.correction(campaignId, reportId, body, kindAt(kind, request)));
  }

  @PostMapping("/{campaignId}/reports/{reportId}/retraction")
  ResponseEntity<CommandResult> retract(
      @PathVariable CampaignId campaignId,
      @PathVariable ReportId reportId,
      @RequestBody RetractionRequest request) {
    var command =
        new RetractReportCommand(campaignId, reportId, request.department(), request.reason());
    return send(campaignId, reportId.value(), command);
  }

  private static Class<? extends ReportDetails> kindAt(String kind, HttpServletRequest request)
      throws NoResourceFoundException {
    Optional<Class<? extends ReportDetails>> type = ReportKinds.at(kind);
    if (type.isEmpty()) {
      throw new NoResourceFoundException(
          HttpMethod.valueOf(request.getMethod()), request.getRequestURI());
    }
    return type.get();
  }

  /** Sends a command about a campaign and answers 201 if it changed something, 200 if not. */
  private ResponseEntity<CommandResult> send(CampaignId campaignId, String id, Object command) {
    Acknowledgement acknowledgement = commands.sendAndWait(command);
    return Answers.of(acknowledgement, new CommandResult(campaignId.value(), id, acknowledgement));
  }
}
