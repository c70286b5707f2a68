package org.liandong.command.api;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Set;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.liandong.model.InvalidValueException;
import org.liandong.model.campaign.Acknowledgement;
import org.liandong.model.code.RegionCode;
import org.liandong.model.evaluation.AppealDecision;
import org.liandong.model.evaluation.AssignEvaluatorCommand;
import org.liandong.model.evaluation.DecideAppealCommand;
import org.liandong.model.evaluation.DraftRoundCommand;
import org.liandong.model.evaluation.LodgeAppealCommand;
import org.liandong.model.evaluation.MakeDeductionCommand;
import org.liandong.model.evaluation.NameLeadEvaluatorCommand;
import org.liandong.model.evaluation.OpenRoundCommand;
import org.liandong.model.evaluation.PublishResultsCommand;
import org.liandong.model.evaluation.ReviseSchemeCommand;
import org.liandong.model.evaluation.RoundId;
import org.liandong.model.evaluation.RoundPhase;
import org.liandong.model.evaluation.Scheme;
import org.liandong.model.evaluation.ScoreIndicatorCommand;
import org.liandong.model.evaluation.SettleScoreCommand;
import org.liandong.model.evaluation.StartModerationCommand;
import org.liandong.model.evaluation.StartScoringCommand;
import org.liandong.model.evaluation.SubmitSelfAssessmentCommand;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Evaluation rounds: the office drafts, staffs and opens them, the evaluators score, the lead
 * evaluator moderates, publishes and decides appeals, and each region's office submits its
 * self-assessment and appeals. Answers like the campaign API (201 new, 200 again).
 */
@RestController
@RequestMapping(path = "/evaluations", produces = MediaType.APPLICATION_JSON_VALUE)
class EvaluationCommandController {

  record DraftRequest(RoundId roundId, Integer year, String title, Instant cutOff, Scheme scheme) {}

  record AssignmentRequest(RegionCode homeRegion, Set<RegionCode> regions) {}

  record LeadRequest(String evaluator) {}

  record PhaseRequest(RoundPhase to) {}

  record TextRequest(String text) {}

  record ScoreRequest(BigDecimal score, String justification) {}

  record SettlementRequest(BigDecimal score, String reason) {}

  record DeductionRequest(RegionCode region, String section, BigDecimal points, String reason) {}

  record AppealRequest(String reason) {}

  record DecisionRequest(AppealDecision decision, BigDecimal score, String reason) {}

  /** Which round, which thing in it, and whether this request recorded it. */
  record RoundAnswer(String roundId, String id, Acknowledgement status) {}

  private final CommandGateway commands;

  EvaluationCommandController(CommandGateway commands) {
    this.commands = commands;
  }

  @PostMapping
  ResponseEntity<RoundAnswer> draft(@RequestBody DraftRequest request) {
    if (request.year() == null) {
      throw new InvalidValueException("year", "is required");
    }
    var command =
        new DraftRoundCommand(
            request.roundId(), request.year(), request.title(), request.cutOff(), request.scheme());
    return send(command.roundId(), command.roundId().value(), command);
  }

  @PutMapping("/{roundId}/scheme")
  ResponseEntity<RoundAnswer> reviseScheme(
      @PathVariable RoundId roundId, @RequestBody Scheme scheme) {
    return send(roundId, roundId.value(), new ReviseSchemeCommand(roundId, scheme));
  }

  @PutMapping("/{roundId}/evaluators/{evaluator}")
  ResponseEntity<RoundAnswer> assign(
      @PathVariable RoundId roundId,
      @PathVariable String evaluator,
      @RequestBody AssignmentRequest request) {
    return send(
        roundId,
        evaluator,
        new AssignEvaluatorCommand(roundId, evaluator, request.homeRegion(), request.regions()));
  }

  @PutMapping("/{roundId}/lead")
  ResponseEntity<RoundAnswer> nameLead(
      @PathVariable RoundId roundId, @RequestBody LeadRequest request) {
    var command = new NameLeadEvaluatorCommand(roundId, request.evaluator());
    return send(roundId, command.evaluator(), command);
  }

  /** Moves the round on: to OPEN, SCORING, MODERATION or PUBLISHED, each from the one before. */
  @PostMapping("/{roundId}/phase")
  ResponseEntity<RoundAnswer> advance(
      @PathVariable RoundId roundId, @RequestBody PhaseRequest request) {
    if (request.to() == null || request.to() == RoundPhase.DRAFT) {
      throw new InvalidValueException("to", "must be OPEN, SCORING, MODERATION or PUBLISHED");
    }
    Object command =
        switch (request.to()) {
          case OPEN -> new OpenRoundCommand(roundId);
          case SCORING -> new StartScoringCommand(roundId);
          case MODERATION -> new StartModerationCommand(roundId);
          default -> new PublishResultsCommand(roundId);
        };
    return send(roundId, request.to().name(), command);
  }

  @PutMapping("/{roundId}/regions/{region}/self-assessment")
  ResponseEntity<RoundAnswer> selfAssess(
      @PathVariable RoundId roundId,
      @PathVariable RegionCode region,
      @RequestBody TextRequest request) {
    return send(
        roundId, region.value(), new SubmitSelfAssessmentCommand(roundId, region, request.text()));
  }

  /** The signed-in evaluator's score of an assessed indicator of a region. */
  @PutMapping("/{roundId}/regions/{region}/scores/{indicator}")
  ResponseEntity<RoundAnswer> score(
      @PathVariable RoundId roundId,
      @PathVariable RegionCode region,
      @PathVariable String indicator,
      @RequestBody ScoreRequest request) {
    return send(
        roundId,
        indicator,
        new ScoreIndicatorCommand(
            roundId, region, indicator, request.score(), request.justification()));
  }

  @PutMapping("/{roundId}/regions/{region}/settlements/{indicator}")
  ResponseEntity<RoundAnswer> settle(
      @PathVariable RoundId roundId,
      @PathVariable RegionCode region,
      @PathVariable String indicator,
      @RequestBody SettlementRequest request) {
    return send(
        roundId,
        indicator,
        new SettleScoreCommand(roundId, region, indicator, request.score(), request.reason()));
  }

  @PostMapping("/{roundId}/deductions/{deductionId}")
  ResponseEntity<RoundAnswer> deduct(
      @PathVariable RoundId roundId,
      @PathVariable String deductionId,
      @RequestBody DeductionRequest request) {
    return send(
        roundId,
        deductionId,
        new MakeDeductionCommand(
            roundId,
            deductionId,
            request.region(),
            request.section(),
            request.points(),
            request.reason()));
  }

  @PostMapping("/{roundId}/regions/{region}/appeals/{indicator}")
  ResponseEntity<RoundAnswer> appeal(
      @PathVariable RoundId roundId,
      @PathVariable RegionCode region,
      @PathVariable String indicator,
      @RequestBody AppealRequest request) {
    return send(
        roundId, indicator, new LodgeAppealCommand(roundId, region, indicator, request.reason()));
  }

  @PostMapping("/{roundId}/regions/{region}/appeals/{indicator}/decision")
  ResponseEntity<RoundAnswer> decide(
      @PathVariable RoundId roundId,
      @PathVariable RegionCode region,
      @PathVariable String indicator,
      @RequestBody DecisionRequest request) {
    return send(
        roundId,
        indicator,
        new DecideAppealCommand(
            roundId, region, indicator, request.decision(), request.score(), request.reason()));
  }

  private ResponseEntity<RoundAnswer> send(RoundId roundId, String id, Object command) {
    Acknowledgement acknowledgement = commands.sendAndWait(command);
    return Answers.of(acknowledgement, new RoundAnswer(roundId.value(), id, acknowledgement));
  }
}
