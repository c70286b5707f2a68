package org.liandong.web.evaluation;

import jakarta.servlet.http.HttpServletResponse;
import org.liandong.web.api.Downloads;
import org.liandong.web.signin.SignedInUser;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The rounds, a round's page, a region's scorecard and the sources behind a computed figure, each
 * as the query side lets the reader see it; the ranking and the sources also as spreadsheets, which
 * the app fetches with the user's token.
 */
@Controller
class RoundPages {

  private final RoundModels models;
  private final Downloads downloads;

  RoundPages(RoundModels models, Downloads downloads) {
    this.models = models;
    this.downloads = downloads;
  }

  @GetMapping("/evaluations")
  String rounds(Model model) {
    return models.rounds(model);
  }

  @GetMapping("/evaluations/{roundId}")
  String round(@PathVariable String roundId, SignedInUser user, Model model) {
    return models.round(roundId, user, model, Refusal.NONE);
  }

  @GetMapping("/evaluations/{roundId}/regions/{region}")
  String scorecard(
      @PathVariable String roundId, @PathVariable String region, SignedInUser user, Model model) {
    return models.scorecard(roundId, region, user, model, Refusal.NONE);
  }

  @GetMapping("/evaluations/{roundId}/regions/{region}/indicators/{indicator}/sources")
  String sources(
      @PathVariable String roundId,
      @PathVariable String region,
      @PathVariable String indicator,
      Model model) {
    return models.sources(roundId, region, indicator, model);
  }

  @GetMapping("/evaluations/{roundId}/ranking")
  void rankingDownload(
      @PathVariable String roundId, @RequestParam String format, HttpServletResponse response) {
    downloads.spreadsheet("/evaluations/{id}", format, response, roundId);
  }

  @GetMapping("/evaluations/{roundId}/regions/{region}/indicators/{indicator}/sources/download")
  void sourcesDownload(
      @PathVariable String roundId,
      @PathVariable String region,
      @PathVariable String indicator,
      @RequestParam String format,
      HttpServletResponse response) {
    downloads.spreadsheet(
        "/evaluations/{id}/regions/{region}/indicators/{indicator}/sources",
        format,
        response,
        roundId,
        region,
        indicator);
  }
}
