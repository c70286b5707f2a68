package org.liandong.command.api;

import java.time.Instant;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.liandong.model.InvalidValueException;
import org.liandong.model.campaign.Acknowledgement;
import org.liandong.model.code.DepartmentCode;
import org.liandong.model.code.RightType;
import org.liandong.model.id.CampaignId;
import org.liandong.model.id.ReportId;
import org.liandong.model.publication.AmendReleaseTextCommand;
import org.liandong.model.publication.ApproveTypicalCaseCommand;
import org.liandong.model.publication.Bilingual;
import org.liandong.model.publication.IssueReleaseCommand;
import org.liandong.model.publication.ProposeTypicalCaseCommand;
import org.liandong.model.publication.ReleaseId;
import org.liandong.model.publication.ReturnTypicalCaseCommand;
import org.liandong.model.publication.TypicalCaseId;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * What the office publishes: statistics releases as of a cut-off, and typical cases that
 * departments propose and the office approves or returns. Answers like the campaign API (201 new,
 * 200 again).
 */
@RestController
class PublicationCommandController {

  record IssueRequest(
      ReleaseId releaseId,
      Integer year,
      CampaignId campaign,
      Instant cutOff,
      Bilingual title,
      Bilingual text) {}

  record AmendRequest(Bilingual title, Bilingual text, String reason) {}

  record ProposalRequest(
      DepartmentCode department,
      CampaignId campaign,
      ReportId report,
      RightType right,
      Bilingual title,
      Bilingual narrative) {}

  record ReturnRequest(String reason) {}

  /** Which release or case, and whether this request recorded it. */
  record PublicationAnswer(String id, Acknowledgement status) {}

  private final CommandGateway commands;

  PublicationCommandController(CommandGateway commands) {
    this.commands = commands;
  }

  @PostMapping(path = "/releases", produces = MediaType.APPLICATION_JSON_VALUE)
  ResponseEntity<PublicationAnswer> issue(@RequestBody IssueRequest request) {
    if (request.year() == null) {
      throw new InvalidValueException("year", "is required");
    }
    var command =
        new IssueReleaseCommand(
            request.releaseId(),
            request.year(),
            request.campaign(),
            request.cutOff(),
            request.title(),
            request.text());
    return send(command.releaseId().value(), command);
  }

  @PutMapping(path = "/releases/{releaseId}/text", produces = MediaType.APPLICATION_JSON_VALUE)
  ResponseEntity<PublicationAnswer> amend(
      @PathVariable ReleaseId releaseId, @RequestBody AmendRequest request) {
    return send(
        releaseId.value(),
        new AmendReleaseTextCommand(releaseId, request.title(), request.text(), request.reason()));
  }

  /** A department proposes one of its reports as a typical case, or proposes it again. */
  @PutMapping(path = "/typical-cases/{typicalCaseId}", produces = MediaType.APPLICATION_JSON_VALUE)
  ResponseEntity<PublicationAnswer> propose(
      @PathVariable TypicalCaseId typicalCaseId, @RequestBody ProposalRequest request) {
    return send(
        typicalCaseId.value(),
        new ProposeTypicalCaseCommand(
            typicalCaseId,
            request.department(),
            request.campaign(),
            request.report(),
            request.right(),
            request.title(),
            request.narrative()));
  }

  @PostMapping(
      path = "/typical-cases/{typicalCaseId}/approval",
      produces = MediaType.APPLICATION_JSON_VALUE)
  ResponseEntity<PublicationAnswer> approve(@PathVariable TypicalCaseId typicalCaseId) {
    return send(typicalCaseId.value(), new ApproveTypicalCaseCommand(typicalCaseId));
  }

  @PostMapping(
      path = "/typical-cases/{typicalCaseId}/return",
      produces = MediaType.APPLICATION_JSON_VALUE)
  ResponseEntity<PublicationAnswer> giveBack(
      @PathVariable TypicalCaseId typicalCaseId, @RequestBody ReturnRequest request) {
    return send(
        typicalCaseId.value(), new ReturnTypicalCaseCommand(typicalCaseId, request.reason()));
  }

  private ResponseEntity<PublicationAnswer> send(String id, Object command) {
    Acknowledgement acknowledgement = commands.sendAndWait(command);
    return Answers.of(acknowledgement, new PublicationAnswer(id, acknowledgement));
  }
}
