package org.liandong.web.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.liandong.web.api.EvaluationRound;
import org.liandong.web.api.EvaluationRound.RegionResult;
import org.liandong.web.api.Named;

@DisplayName("A round's ranking chart")
class RankingChartTest {

  @Test
  @DisplayName(
      "has a bar per region in rank order, named in the page's language, opening its scorecard")
  void bars() throws Exception {
    EvaluationRound round =
        new EvaluationRound(
            "EVAL-2020",
            2020,
            "t",
            null,
            "PUBLISHED",
            1,
            null,
            "eval.zhao",
            null,
            List.of(
                result(new Named("33", "浙江省", "Zhejiang"), 1, "81.5"),
                result(new Named("13", "河北省", "Hebei"), 2, "78")));
    JsonNode bars =
        new ObjectMapper().readTree(RankingChart.of(round, Locale.ENGLISH)).path("bars");
    assertThat(bars).hasSize(2);
    assertThat(bars.get(0).path("label").asText()).isEqualTo("Zhejiang");
    assertThat(bars.get(0).path("value").decimalValue()).isEqualByComparingTo("81.5");
    assertThat(bars.get(1).path("link").asText()).isEqualTo("/evaluations/EVAL-2020/regions/13");
    assertThat(
            new ObjectMapper()
                .readTree(RankingChart.of(round, Locale.SIMPLIFIED_CHINESE))
                .path("bars")
                .get(1)
                .path("label")
                .asText())
        .isEqualTo("河北省");
  }

  private static RegionResult result(Named region, int rank, String total) {
    return new RegionResult(
        region, rank, new BigDecimal(total), null, "good", null, List.of(), List.of());
  }
}
