package org.liandong.model.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.liandong.model.InvalidValueException;
import org.liandong.model.campaign.CampaignJson;
import org.liandong.model.campaign.Figure;
import org.liandong.model.reference.ReferenceData;
import org.liandong.model.reference.RegionalFigures;

@DisplayName("Evaluation scheme: banded rules, sources, and figures set against a region's size")
class BandedAndNormalisedTest {

  private static Indicator banded(List<Band> bands) {
    return new Indicator(
        "A1",
        "Criminal cases filed",
        IndicatorKind.COMPUTED,
        20,
        Figure.CRIMINAL_CASES,
        ScoringRule.BANDED,
        null,
        bands,
        null,
        null);
  }

  private static Band band(String from, String points) {
    return new Band(new BigDecimal(from), new BigDecimal(points));
  }

  private static String fieldOf(Throwable e) {
    return ((InvalidValueException) e).field();
  }

  @Test
  @DisplayName("a banded rule gives the points of the highest band reached, none below the lowest")
  void bandedScore() {
    Indicator indicator = banded(List.of(band("10", "5"), band("50", "12"), band("100", "20")));
    assertThat(ComputedScore.of(indicator, "13", Map.of("13", new BigDecimal("9.99"))))
        .isEqualByComparingTo("0");
    assertThat(ComputedScore.of(indicator, "13", Map.of("13", new BigDecimal("10"))))
        .isEqualByComparingTo("5");
    assertThat(ComputedScore.of(indicator, "13", Map.of("13", new BigDecimal("60"))))
        .isEqualByComparingTo("12");
    assertThat(ComputedScore.of(indicator, "13", Map.of("13", new BigDecimal("150"))))
        .isEqualByComparingTo("20");
  }

  @Test
  @DisplayName("bands: one at least, thresholds rising, points never falling nor above the cap")
  void bandsWellFormed() {
    assertThatThrownBy(() -> banded(List.of())).extracting(e -> fieldOf(e)).isEqualTo("bands");
    assertThatThrownBy(() -> banded(List.of(band("50", "5"), band("50", "8"))))
        .extracting(e -> fieldOf(e))
        .isEqualTo("bands");
    assertThatThrownBy(() -> banded(List.of(band("10", "8"), band("50", "5"))))
        .extracting(e -> fieldOf(e))
        .isEqualTo("bands");
    assertThatThrownBy(() -> banded(List.of(band("10", "21"))))
        .extracting(e -> fieldOf(e))
        .isEqualTo("bands");
    assertThatThrownBy(() -> band("-1", "5")).extracting(e -> fieldOf(e)).isEqualTo("from");
    assertThatThrownBy(
            () ->
                new Indicator(
                    "A1",
                    "t",
                    IndicatorKind.COMPUTED,
                    20,
                    Figure.CRIMINAL_CASES,
                    ScoringRule.RANK_AMONG_REGIONS,
                    null,
                    List.of(band("1", "1")),
                    null,
                    null))
        .extracting(e -> fieldOf(e))
        .isEqualTo("bands");
  }

  @Test
  @DisplayName("a computed indicator reads one source, a figure or a tally; an assessed one none")
  void oneSource() {
    assertThatThrownBy(
            () ->
                new Indicator(
                    "A1",
                    "t",
                    IndicatorKind.COMPUTED,
                    20,
                    Figure.CRIMINAL_CASES,
                    ScoringRule.RANK_AMONG_REGIONS,
                    null,
                    null,
                    null,
                    Tally.TASKS_COMPLETED))
        .extracting(e -> fieldOf(e))
        .isEqualTo("figure");
    assertThatThrownBy(
            () ->
                new Indicator(
                    "B1",
                    "t",
                    IndicatorKind.ASSESSED,
                    20,
                    null,
                    null,
                    null,
                    null,
                    Normalisation.PER_MILLION_RESIDENTS,
                    null))
        .extracting(e -> fieldOf(e))
        .isEqualTo("figure");
    Indicator tally =
        new Indicator(
            "A3",
            "Tasks completed on time",
            IndicatorKind.COMPUTED,
            20,
            null,
            ScoringRule.RANK_AMONG_REGIONS,
            null,
            null,
            null,
            Tally.TASKS_COMPLETED_ON_TIME);
    assertThat(tally.tally()).isEqualTo(Tally.TASKS_COMPLETED_ON_TIME);
  }

  @Test
  @DisplayName("the reference figures give every region's population and GDP for 2020")
  void referenceFigures() {
    RegionalFigures.Year year = RegionalFigures.instance().year(2020).orElseThrow();
    assertThat(year.population().keySet())
        .containsExactlyInAnyOrderElementsOf(
            ReferenceData.instance().regions().stream().map(r -> r.code()).toList());
    long provinces =
        year.population().entrySet().stream()
            .filter(entry -> !entry.getKey().equals("66"))
            .mapToLong(Map.Entry::getValue)
            .sum();
    // The census communiqué's total of the 31 regions, without the 2 million servicemen.
    assertThat(provinces).isEqualTo(1_409_778_724L);
    assertThat(year.gdp("44")).isEqualByComparingTo("110760.94");
    assertThat(year.populationSource()).contains("Seventh National Population Census");
  }

  @Test
  @DisplayName("a revision-1 scheme, without bands, per or tally, reads as before")
  void revisionOne() throws Exception {
    String json =
        """
        {"roundId": "EVAL-2020", "scheme": {"version": 1, "flagThreshold": 5, "appealDays": 15,
          "grades": [{"name": "pass", "minTotal": 0}],
          "sections": [{"code": "A", "title": "A", "points": 100, "maxDeduction": 0,
            "indicators": [{"code": "A1", "title": "Cases", "kind": "COMPUTED", "points": 100,
              "figure": "CASES_FILED", "rule": "LINEAR_TO_TARGET", "target": 10}]}]}}
        """;
    SchemeRevised revised = CampaignJson.mapper().readValue(json, SchemeRevised.class);
    Indicator indicator = revised.scheme().indicator("A1").orElseThrow();
    assertThat(indicator.bands()).isEmpty();
    assertThat(indicator.per()).isNull();
    assertThat(indicator.tally()).isNull();
    assertThat(indicator.figure()).isEqualTo(Figure.CASES_FILED);
  }

  @Test
  @DisplayName("a figure per million residents or per 100 billion yuan of GDP")
  void normalised() {
    RegionalFigures.Year year = RegionalFigures.instance().year(2020).orElseThrow();
    // Hebei: 74,610,235 residents, 3,620.69 billion yuan.
    assertThat(Normalisation.PER_MILLION_RESIDENTS.apply(new BigDecimal("60"), year, "13"))
        .isEqualByComparingTo("0.8042");
    assertThat(Normalisation.PER_100_BILLION_YUAN_GDP.apply(new BigDecimal("60"), year, "13"))
        .isEqualByComparingTo("1.6571");
  }

  @Test
  @DisplayName("a round whose scheme sets figures against a year without reference figures fails")
  void sourceOfTheYear() {
    Indicator perCapita =
        new Indicator(
            "A1",
            "Criminal cases per million residents",
            IndicatorKind.COMPUTED,
            100,
            Figure.CRIMINAL_CASES,
            ScoringRule.RANK_AMONG_REGIONS,
            null,
            null,
            Normalisation.PER_MILLION_RESIDENTS,
            null);
    Scheme scheme =
        new Scheme(
            1,
            List.of(new Section("A", "A", 100, 0, List.of(perCapita))),
            BigDecimal.ONE,
            List.of(new GradeBand("pass", 0)),
            15);
    Instant cutOff = Instant.parse("2021-01-31T16:00:00Z");
    RoundId id = new RoundId("EVAL-2020");
    assertThat(new DraftRoundCommand(id, 2020, "t", cutOff, scheme).scheme()).isEqualTo(scheme);
    assertThatThrownBy(() -> new DraftRoundCommand(id, 2019, "t", cutOff, scheme))
        .extracting(e -> fieldOf(e))
        .isEqualTo("scheme");
  }
}
