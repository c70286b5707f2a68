package org.liandong.command.api;

import java.util.Set;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.liandong.model.campaign.Acknowledgement;
import org.liandong.model.casefile.AcceptCaseCommand;
import org.liandong.model.casefile.ReturnCaseCommand;
import org.liandong.model.casefile.TransferCaseCommand;
import org.liandong.model.code.DepartmentCode;
import org.liandong.model.code.RegionCode;
import org.liandong.model.id.CampaignId;
import org.liandong.model.id.CaseId;
import org.liandong.model.id.ReportId;
import org.liandong.model.id.TransferId;
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

  @PostMapping("/{caseId}/transfers/{transferId}")
  ResponseEntity<CaseAnswer> transfer(
      @PathVariable CaseId caseId,
      @PathVariable TransferId transferId,
      @RequestBody TransferRequest request) {
    return answer(
        caseId,
        commands.sendAndWait(
            new TransferCaseCommand(
                caseId,
                transferId,
                request.from(),
                request.to(),
                request.region(),
                request.title(),
                request.campaignId(),
                request.reports(),
                request.note())));
  }

  @PostMapping("/{caseId}/transfers/{transferId}/acceptance")
  ResponseEntity<CaseAnswer> accept(
      @PathVariable CaseId caseId,
      @PathVariable TransferId transferId,
      @RequestBody DepartmentRequest request) {
    return answer(
        caseId,
        commands.sendAndWait(new AcceptCaseCommand(caseId, transferId, request.department())));
  }

  @PostMapping("/{caseId}/transfers/{transferId}/return")
  ResponseEntity<CaseAnswer> giveBack(
      @PathVariable CaseId caseId,
      @PathVariable TransferId transferId,
      @RequestBody RetractionRequest request) {
    return answer(
        caseId,
        commands.sendAndWait(
            new ReturnCaseCommand(caseId, transferId, request.department(), request.reason())));
  }

  private static ResponseEntity<CaseAnswer> answer(CaseId caseId, Acknowledgement acknowledgement) {
    return Answers.of(acknowledgement, new CaseAnswer(caseId.value(), acknowledgement));
  }
}
