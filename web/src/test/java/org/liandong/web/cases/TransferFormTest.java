package org.liandong.web.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("A transfer form's body")
class TransferFormTest {

  @Test
  @DisplayName("is sent from the signed-in department, with the reports' ids split and trimmed")
  void reports() {
    Map<String, Object> body =
        new TransferForm("C-1", "MPS", "31", "Fake bags", "BN-2020", " R-1, R-2，R-3  R-4 ", " ")
            .body("GACC");
    assertThat(body)
        .containsEntry("from", "GACC")
        .containsEntry("to", "MPS")
        .containsEntry("region", "31")
        .containsEntry("campaignId", "BN-2020")
        .containsEntry("reports", List.of("R-1", "R-2", "R-3", "R-4"))
        .doesNotContainKey("note");
  }

  @Test
  @DisplayName("leaves out the campaign and reports when none are given, for a case of no campaign")
  void noCampaign() {
    Map<String, Object> body =
        new TransferForm("C-1", "MPS", "31", "Fake bags", "", null, "sender known").body("SAMR");
    assertThat(body)
        .doesNotContainKeys("campaignId", "reports")
        .containsEntry("note", "sender known");
  }

  @Test
  @DisplayName("chooses a new case's id once, when the form is shown")
  void freshIds() {
    assertThat(TransferForm.blank().caseId())
        .startsWith("C-")
        .isNotEqualTo(TransferForm.blank().caseId());
  }
}
