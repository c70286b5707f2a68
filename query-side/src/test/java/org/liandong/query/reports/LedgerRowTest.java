package org.liandong.query.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import org.bson.Document;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.liandong.model.code.CategoryCode;
import org.liandong.model.code.DepartmentCode;

@DisplayName("A ledger entry stored before the typed documents")
class LedgerRowTest {

  /** As the projection wrote it before it had a document type: the same shape it writes now. */
  private static final String STORED =
      """
      {"_id": "SWORD-NET-2020/R-1", "department": "GACC", "region": "31",
       "occurredOn": "2020-07-02", "cooperatingDepartments": ["MPS"], "category": "APPAREL",
       "figures": {"category": "APPAREL", "quantity": {"amount": "8", "unit": "box"}},
       "report": "{}", "campaignId": "SWORD-NET-2020", "reportId": "R-1", "kind": "GoodsSeized",
       "reportedBy": "customs.sh", "reportedAt": "2020-07-03T01:02:03.456Z", "late": false,
       "version": 2, "status": "RETRACTED", "involvedDepartments": ["GACC", "MPS"],
       "lastSequence": {"$numberLong": "5"},
       "corrections": [{"version": 2, "reason": "recount", "correctedAt": "2020-07-04T00:00:00Z",
                        "replaced": {"category": "APPAREL"}, "replacedReport": "{}"}],
       "retraction": "genuine goods", "retractedAt": "2020-07-05T00:00:00Z"}
      """;

  @Test
  @DisplayName("is read typed, with its corrections and retraction")
  void readsTyped() {
    LedgerRow row = LedgerRow.read(Document.parse(STORED));

    assertThat(row.department()).isEqualTo(new DepartmentCode("GACC"));
    assertThat(row.category()).isEqualTo(new CategoryCode("APPAREL"));
    assertThat(row.occurredOn()).isEqualTo(LocalDate.of(2020, 7, 2));
    assertThat(row.reportedAt()).isEqualTo(Instant.parse("2020-07-03T01:02:03.456Z"));
    assertThat(row.status()).isEqualTo(LedgerRow.Status.RETRACTED);
    assertThat(row.involvedDepartments()).hasSize(2);
    assertThat(row.corrections())
        .singleElement()
        .satisfies(c -> assertThat(c.version()).isEqualTo(2));
    assertThat(row.retractedAt()).isEqualTo(Instant.parse("2020-07-05T00:00:00Z"));
  }

  @Test
  @DisplayName("an entry never corrected nor retracted has neither")
  void plainEntry() {
    Document stored = Document.parse(STORED);
    stored.remove(LedgerRow.CORRECTIONS);
    stored.remove(LedgerRow.RETRACTION);
    stored.remove(LedgerRow.RETRACTED_AT);
    stored.put(LedgerRow.CATEGORY, null);

    LedgerRow row = LedgerRow.read(stored);

    assertThat(row.corrections()).isNull();
    assertThat(row.retraction()).isNull();
    assertThat(row.category()).isNull();
  }

  @Test
  @DisplayName(
      "notes kept among the figures (rows written before they had a field of their own) are read"
          + " as the row's notes, not as a figure")
  void notesAmongTheFigures() {
    Document stored = Document.parse(STORED);
    stored.get(LedgerRow.FIGURES, Document.class).put(LedgerRow.NOTES, "joint raid with MPS");
    stored
        .getList(LedgerRow.CORRECTIONS, Document.class)
        .get(0)
        .get(LedgerRow.Correction.REPLACED, Document.class)
        .put(LedgerRow.NOTES, "first count");

    LedgerRow row = LedgerRow.read(stored);

    assertThat(row.notes()).isEqualTo("joint raid with MPS");
    assertThat(row.figures()).doesNotContainKey(LedgerRow.NOTES).containsKey("quantity");
    assertThat(row.corrections().get(0).replaced()).doesNotContainKey(LedgerRow.NOTES);
  }

  @Test
  @DisplayName("notes of their own are read from there, and none are none")
  void notesOfTheirOwn() {
    Document stored = Document.parse(STORED);
    stored.put(LedgerRow.NOTES, "joint raid with MPS");
    assertThat(LedgerRow.read(stored).notes()).isEqualTo("joint raid with MPS");

    stored.put(LedgerRow.NOTES, null);
    stored.get(LedgerRow.FIGURES, Document.class).put(LedgerRow.NOTES, "not read");
    assertThat(LedgerRow.read(stored).notes()).isNull();
    assertThat(LedgerRow.read(Document.parse(STORED)).notes()).isNull();
  }
}
