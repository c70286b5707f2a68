package org.liandong.command.api;

import java.util.Set;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.liandong.model.campaign.AcceptCaseCommand;
import org.liandong.model.campaign.Acknowledgement;
import org.liandong.model.campaign.CampaignId;
import org.liandong.model.campaign.CaseId;
import org.liandong.model.campaign.DepartmentCode;
import org.liandong.model.campaign.RegionCode;
import org.liandong.model.campaign.ReportId;
import org.liandong.model.campaign.ReturnCaseCommand;
import org.liandong.model.campaign.TransferCaseCommand;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Case transfers between departments; answers like the campaign API (201 new, 200 again). */
@RestController
@RequestMapping(path = "/cases", produces = MediaType.APPLICATION_JSON_VALUE)
class CaseCommandController {

  record TransferRequest(
      DepartmentCode from,
      DepartmentCode to,
      RegionCode region,
      String title,
      CampaignId campaignId,
      Set<ReportId> reports,
      String note) {}

  record CaseAnswer(String caseId, Acknowledgement status) {}

  private final CommandGateway commands;

  CaseCommandController(CommandGateway commands) {
    this.commands = commands;
  }

  @PostMapping("/{caseId}/transfers")
  ResponseEntity<CaseAnswer> transfer(
      @PathVariable CaseId caseId, @RequestBody TransferRequest request) {
    return answer(
        caseId,
        commands.sendAndWait(
            new TransferCaseCommand(
                caseId,
                request.from(),
                request.to(),
                request.region(),
                request.title(),
                request.campaignId(),
                request.reports(),
                request.note())));
  }

  @PostMapping("/{caseId}/acceptance")
  ResponseEntity<CaseAnswer> accept(
      @PathVariable CaseId caseId, @RequestBody DepartmentRequest request) {
    return answer(
        caseId, commands.sendAndWait(new AcceptCaseCommand(caseId, request.department())));
  }

  @PostMapping("/{caseId}/return")
  ResponseEntity<CaseAnswer> giveBack(
      @PathVariable CaseId caseId, @RequestBody RetractionRequest request) {
    return answer(
        caseId,
        commands.sendAndWait(
            new ReturnCaseCommand(caseId, request.department(), request.reason())));
  }

  private static ResponseEntity<CaseAnswer> answer(CaseId caseId, Acknowledgement acknowledgement) {
    return ResponseEntity.status(
            acknowledgement == Acknowledgement.RECORDED ? HttpStatus.CREATED : HttpStatus.OK)
        .body(new CaseAnswer(caseId.value(), acknowledgement));
  }
}
