package org.liandong.web.cases;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import org.liandong.web.api.NewIds;

/**
 * The transfer-a-case form: to whom, for which region, the title, and optionally the campaign, the
 * campaign's reports behind the case (ids separated by commas or spaces) and a note. A new case's
 * id is chosen when the form is shown, so that sending it twice opens one case.
 */
public record TransferForm(
    String caseId,
    String to,
    String region,
    String title,
    String campaignId,
    String reports,
    String note) {

  static TransferForm blank() {
    return new TransferForm(NewIds.of("C-", 8), null, null, null, null, null, null);
  }

  /**
   * The id of a case's transfer at {@code stage}: {@code T1} opens the case, each later one is
   * numbered by the stage it starts.
   */
  static String transferId(int stage) {
    return "T" + stage;
  }

  /** The body of {@code POST /cases/{caseId}/transfers/{transferId}}; blank fields left out. */
  Map<String, Object> body(String from) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("from", from);
    body.put("to", to);
    body.put("region", region);
    body.put("title", title);
    putText(body, "campaignId", campaignId);
    if (reports != null && !reports.isBlank()) {
      body.put(
          "reports", Arrays.stream(reports.split("[,，\\s]+")).filter(id -> !id.isEmpty()).toList());
    }
    putText(body, "note", note);
    return body;
  }

  private static void putText(Map<String, Object> body, String field, String value) {
    if (value != null && !value.isBlank()) {
      body.put(field, value.strip());
    }
  }
}
