package org.liandong.web.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("A report form's body")
class ReportBodyTest {

  @Test
  @DisplayName("nests dotted fields, sends numbers as numbers and leaves blank fields out")
  void seizure() {
    Map<String, Object> body =
        ReportBody.of(
            ReportForms.kindOf("goods-seizures"),
            "R-1",
            "GACC",
            Map.of(
                "region", "31",
                "occurredOn", "2020-05-20",
                "reportedBy", "shanghai.customs",
                "notes", " ",
                "category", "BAGS_LUXURY",
                "quantity.amount", "1260",
                "quantity.unit", "piece",
                "estimatedValue", "",
                "_csrf", "token"));
    assertThat(body)
        .containsEntry("reportId", "R-1")
        .containsEntry("department", "GACC")
        .containsEntry("region", "31")
        .containsEntry("quantity", Map.of("amount", new BigDecimal("1260"), "unit", "piece"))
        .doesNotContainKeys("notes", "estimatedValue", "_csrf");
  }

  @Test
  @DisplayName("sends a number that does not read as one as text, for the API to refuse")
  void notANumber() {
    Map<String, Object> body =
        ReportBody.of(ReportForms.kindOf("site-raids"), "R-2", "MPS", Map.of("sites", "two"));
    assertThat(body).containsEntry("sites", "two");
  }

  @Test
  @DisplayName("reads a recorded report back into form values, nested fields dotted")
  void valuesOfRecorded() {
    Map<String, String> values =
        ReportBody.valuesOf(
            "{\"reportId\":\"R-1\",\"region\":null,\"quantity\":{\"amount\":5,\"unit\":\"kg\"}}");
    assertThat(values)
        .containsEntry("reportId", "R-1")
        .containsEntry("quantity.amount", "5")
        .containsEntry("quantity.unit", "kg")
        .doesNotContainKey("region");
  }

  @Test
  @DisplayName("every kind's fields begin with the header and have distinct names")
  void kindsShareTheHeader() {
    for (ReportKind kind : ReportKind.all()) {
      assertThat(kind.fields()).startsWith(ReportKind.HEADER.toArray(ReportField[]::new));
      assertThat(kind.fields().stream().map(ReportField::name)).doesNotHaveDuplicates();
      assertThat(ReportKind.byPath(kind.path())).contains(kind);
    }
  }
}
