package org.liandong.query.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.liandong.model.campaign.Figure;
import org.liandong.model.campaign.ReportHeader;
import org.liandong.model.campaign.SuspectArrest;
import org.liandong.model.campaign.SuspectsArrested;
import org.liandong.model.code.DepartmentCode;
import org.liandong.model.code.RegionCode;
import org.liandong.model.evaluation.GradeBand;
import org.liandong.model.evaluation.Indicator;
import org.liandong.model.evaluation.IndicatorKind;
import org.liandong.model.evaluation.Normalisation;
import org.liandong.model.evaluation.Scheme;
import org.liandong.model.evaluation.ScoringRule;
import org.liandong.model.evaluation.Section;
import org.liandong.model.evaluation.Tally;
import org.liandong.model.id.CampaignId;
import org.liandong.model.id.CaseId;
import org.liandong.model.id.ReportId;
import org.liandong.model.id.TaskId;
import org.liandong.model.id.TransferId;
import org.liandong.query.cases.CaseFileView;
import org.liandong.query.figures.Names;
import org.liandong.query.history.TaskLedger.TaskState;

@DisplayName("Round inputs: each computed figure, its rate, and the sources that add up to it")
class RoundInputsTest {

  private static final Instant CUT_OFF = Instant.parse("2021-01-31T16:00:00Z");

  private static Indicator computed(String code, Figure figure, Tally tally, Normalisation per) {
    return new Indicator(
        code,
        code,
        IndicatorKind.COMPUTED,
        25,
        figure,
        ScoringRule.RANK_AMONG_REGIONS,
        null,
        null,
        per,
        tally);
  }

  private static final Scheme SCHEME =
      new Scheme(
          1,
          List.of(
              new Section(
                  "A",
                  "A",
                  100,
                  0,
                  List.of(
                      computed("A1", Figure.SUSPECTS_ARRESTED, null, null),
                      computed(
                          "A2",
                          Figure.SUSPECTS_ARRESTED,
                          null,
                          Normalisation.PER_MILLION_RESIDENTS),
                      computed("A3", null, Tally.TASKS_COMPLETED_ON_TIME, null),
                      computed("A4", null, Tally.TRANSFERS_ACCEPTED, null)))),
          BigDecimal.ONE,
          List.of(new GradeBand("pass", 0)),
          15);

  private static SuspectsArrested arrests(String id, String region, int suspects) {
    return new SuspectsArrested(
        new CampaignId("KUNLUN-2020"),
        new ReportId(id),
        new ReportHeader(
            new DepartmentCode("MPS"),
            new RegionCode(region),
            LocalDate.parse("2020-07-01"),
            "tester",
            Set.of(),
            null),
        new SuspectArrest(suspects),
        false);
  }

  private static TaskState task(String id, String region, boolean completed, boolean onTime) {
    return new TaskState(
        new CampaignId("KUNLUN-2020"),
        new TaskId(id),
        new DepartmentCode("MPS"),
        region == null ? null : new RegionCode(region),
        LocalDate.parse("2020-10-01"),
        LocalDate.parse("2020-09-01"),
        completed,
        onTime,
        false);
  }

  private static CaseFileView transfer(String caseId, String region, String outcome, String at) {
    return new CaseFileView(
        new CaseId(caseId),
        "t",
        Names.region(region),
        null,
        List.of(),
        Names.department("MPS"),
        null,
        List.of(
            new CaseFileView.Stage(
                1,
                new TransferId("T1"),
                Names.department("SAMR"),
                Names.department("MPS"),
                null,
                Instant.parse("2020-08-01T00:00:00Z"),
                CaseFileView.Outcome.valueOf(outcome),
                null,
                Instant.parse(at),
                0)));
  }

  @Test
  @DisplayName("figures, rates per million residents, tallies as of the cut-off, sources in order")
  void inputs() {
    RoundInputs.Recorded recorded =
        new RoundInputs.Recorded(
            CUT_OFF,
            List.of(arrests("R-2", "13", 30), arrests("R-1", "13", 6), arrests("R-3", "44", 9)),
            List.of(
                task("T-1", "13", true, true),
                task("T-2", "13", true, false),
                task("T-3", null, true, true),
                task("T-4", "44", false, false)),
            List.of(
                transfer("C-1", "13", "ACCEPTED", "2021-01-10T00:00:00Z"),
                transfer("C-2", "13", "ACCEPTED", "2021-02-10T00:00:00Z"),
                transfer("C-3", "44", "RETURNED", "2021-01-10T00:00:00Z")));
    RoundInputs inputs = RoundInputs.of(SCHEME, Set.of("13", "44"), 2020, recorded);

    assertThat(inputs.figure("A1", "13")).isEqualByComparingTo("36");
    assertThat(inputs.sources("A1", "13"))
        .extracting(RoundInputs.Source::id)
        .containsExactly("KUNLUN-2020/R-1", "KUNLUN-2020/R-2");
    // 36 arrests over Hebei's 74,610,235 residents; the figure itself stays 36.
    assertThat(inputs.scored("A2").get("13")).isEqualByComparingTo("0.4825");
    assertThat(inputs.figure("A2", "13")).isEqualByComparingTo("36");
    assertThat(inputs.figure("A3", "13")).isEqualByComparingTo("1");
    assertThat(inputs.figure("A3", "44")).isEqualByComparingTo("0");
    // C-2 was accepted after the cut-off, C-3 returned.
    assertThat(inputs.sources("A4", "13"))
        .extracting(RoundInputs.Source::id)
        .containsExactly("C-1/1");
    assertThat(inputs.figure("A4", "44")).isEqualByComparingTo("0");
    assertThat(inputs.sources("B1", "13")).isEmpty();
  }
}
