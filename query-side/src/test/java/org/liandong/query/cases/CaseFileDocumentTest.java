package org.liandong.query.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.bson.Document;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.liandong.model.code.DepartmentCode;
import org.liandong.query.cases.CaseFileView.Outcome;

@DisplayName("A case file stored before the typed documents")
class CaseFileDocumentTest {

  /** As the projection wrote it before it had a document type: the same shape it writes now. */
  private static final String STORED =
      """
      {"_id": "GD-2020-117", "title": "Counterfeit cosmetics workshop", "region": "44",
       "campaignId": null, "reports": ["R-2", "R-1"], "holder": "MPS", "waitingFor": null,
       "stages": {
         "2": {"transferId": "T-2", "from": "MPS", "to": "SPP", "note": null,
               "transferredAt": "2020-08-03T00:00:00Z"},
         "1": {"transferId": "T-1", "from": "SAMR", "to": "MPS", "note": "suspected crime",
               "transferredAt": "2020-08-01T00:00:00Z", "outcome": "ACCEPTED", "reason": null,
               "decidedAt": "2020-08-02T00:00:00Z"}},
       "lastSequence": {"$numberLong": "3"}}
      """;

  @Test
  @DisplayName("is read typed, its stages in order, and shown with the time each took")
  void readsTyped() {
    CaseFileDocument stored = CaseFileDocument.read(Document.parse(STORED));
    assertThat(stored.campaignId()).isNull();
    assertThat(stored.holder()).isEqualTo(new DepartmentCode("MPS"));
    assertThat(stored.stages()).extracting(CaseFileDocument.Stage::stage).containsExactly(1, 2);
    assertThat(stored.stages().get(0).outcome()).isEqualTo(Outcome.ACCEPTED);

    CaseFileView view = CaseFileView.from(stored, Instant.parse("2020-08-04T00:00:00Z"));
    assertThat(view.caseId().value()).isEqualTo("GD-2020-117");
    assertThat(view.waitingFor()).isNull();
    assertThat(view.stages())
        .extracting(CaseFileView.Stage::seconds)
        .containsExactly(86_400L, 86_400L);
  }
}
