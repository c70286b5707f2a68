package org.liandong.query.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.liandong.model.access.Actor;
import org.liandong.model.campaign.CaseAccepted;
import org.liandong.model.campaign.CaseEvent;
import org.liandong.model.campaign.CaseReturned;
import org.liandong.model.campaign.CaseTransferred;
import org.liandong.model.code.DepartmentCode;
import org.liandong.model.code.RegionCode;
import org.liandong.model.envelope.EventEnvelope;
import org.liandong.model.id.CaseId;
import org.liandong.model.id.TransferId;
import org.liandong.query.InMemoryMongo;

@DisplayName("The cases a department holds or awaits, read by its list")
class CaseFilesTest {

  private static final DepartmentCode SAMR = new DepartmentCode("SAMR");
  private static final DepartmentCode MPS = new DepartmentCode("MPS");
  private static final DepartmentCode SPP = new DepartmentCode("SPP");

  private final InMemoryMongo mongo = new InMemoryMongo();
  private final InMemoryMongo.Fed fed = mongo.fed(new CaseFileProjection());
  private final CaseFiles cases = new CaseFiles(mongo.views());

  @AfterEach
  void close() {
    mongo.close();
  }

  @Test
  @DisplayName(
      "a case is the sender's until accepted, the receiver's once accepted, and no longer the"
          + " receiver's once returned")
  void heldAndAwaited() {
    fed.apply(transfer("C-1", 0, 1, SAMR, MPS, "33"));
    fed.apply(transfer("C-2", 0, 1, SAMR, MPS, "44"));

    assertThat(ids(cases.heldOrAwaitedBy(SAMR, null))).containsExactly("C-1", "C-2");
    assertThat(ids(cases.heldOrAwaitedBy(MPS, null))).containsExactly("C-1", "C-2");
    assertThat(ids(cases.heldOrAwaitedBy(MPS, new RegionCode("44")))).containsExactly("C-2");

    fed.apply(envelope("C-1", 1, new CaseAccepted(new CaseId("C-1"), transferId(1), 1, MPS)));
    fed.apply(
        envelope("C-2", 1, new CaseReturned(new CaseId("C-2"), transferId(1), 1, MPS, "no crime")));

    assertThat(ids(cases.heldOrAwaitedBy(SAMR, null))).containsExactly("C-2");
    assertThat(ids(cases.heldOrAwaitedBy(MPS, null))).containsExactly("C-1");

    fed.apply(transfer("C-1", 2, 2, MPS, SPP, "33"));

    assertThat(ids(cases.heldOrAwaitedBy(MPS, null))).containsExactly("C-1");
    assertThat(ids(cases.heldOrAwaitedBy(SPP, null))).containsExactly("C-1");
    assertThat(cases.heldOrAwaitedBy(new DepartmentCode("GACC"), null)).isEmpty();
  }

  @Test
  @DisplayName("the departments' lists are not cases: every case is listed once, and only cases")
  void listsAreNotCases() {
    fed.apply(transfer("C-1", 0, 1, SAMR, MPS, "33"));
    fed.apply(transfer("C-2", 0, 1, MPS, SPP, "33"));

    assertThat(ids(cases.all())).containsExactly("C-1", "C-2");
  }

  @Test
  @DisplayName("an older event redelivered after a return does not list the case again")
  void redeliveryAfterReturn() {
    EventEnvelope transfer = transfer("C-1", 0, 1, SAMR, MPS, "33");
    fed.apply(transfer);
    fed.apply(
        envelope("C-1", 1, new CaseReturned(new CaseId("C-1"), transferId(1), 1, MPS, "no crime")));

    fed.apply(transfer);

    assertThat(cases.heldOrAwaitedBy(MPS, null)).isEmpty();
  }

  private static List<String> ids(List<CaseFileView> views) {
    return views.stream().map(view -> view.caseId().value()).toList();
  }

  private static TransferId transferId(int stage) {
    return new TransferId("T-" + stage);
  }

  private static EventEnvelope transfer(
      String caseId,
      long sequence,
      int stage,
      DepartmentCode from,
      DepartmentCode to,
      String region) {
    return envelope(
        caseId,
        sequence,
        new CaseTransferred(
            new CaseId(caseId),
            transferId(stage),
            stage,
            from,
            to,
            new RegionCode(region),
            "Counterfeit masks",
            null,
            Set.of(),
            null));
  }

  private static EventEnvelope envelope(String caseId, long sequence, CaseEvent event) {
    return new EventEnvelope(
        UUID.randomUUID().toString(),
        sequence,
        Instant.parse("2021-03-01T00:00:00Z"),
        "1",
        event,
        Actor.SYSTEM);
  }
}
