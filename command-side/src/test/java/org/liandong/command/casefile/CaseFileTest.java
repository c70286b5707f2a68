package org.liandong.command.casefile;

import java.util.Set;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.hamcrest.Description;
import org.hamcrest.Matcher;
import org.hamcrest.TypeSafeMatcher;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.liandong.access.AccessRefusedException;
import org.liandong.command.ContractConfiguration;
import org.liandong.command.RuleViolation;
import org.liandong.command.access.FixtureActors;
import org.liandong.model.campaign.Acknowledgement;
import org.liandong.model.campaign.CaseAccepted;
import org.liandong.model.campaign.CaseReturned;
import org.liandong.model.campaign.CaseTransferred;
import org.liandong.model.casefile.AcceptCaseCommand;
import org.liandong.model.casefile.ReturnCaseCommand;
import org.liandong.model.casefile.TransferCaseCommand;
import org.liandong.model.code.DepartmentCode;
import org.liandong.model.code.RegionCode;
import org.liandong.model.id.CampaignId;
import org.liandong.model.id.CaseId;
import org.liandong.model.id.ReportId;
import org.liandong.model.id.TransferId;

@DisplayName("Case transfers")
class CaseFileTest {

  private static final CaseId CASE = new CaseId("ZZ-2025-017");
  private static final DepartmentCode SAMR = new DepartmentCode("SAMR");
  private static final DepartmentCode MPS = new DepartmentCode("MPS");
  private static final DepartmentCode SPP = new DepartmentCode("SPP");
  private static final DepartmentCode SPC = new DepartmentCode("SPC");
  private static final RegionCode SHANDONG = new RegionCode("37");
  private static final CampaignId KUNLUN = new CampaignId("KUNLUN-2025");

  /** The transfer that went to each receiver in these scenarios. */
  private static final TransferId TO_MPS = id(SAMR, MPS);

  private static final TransferId TO_SPP = id(MPS, SPP);

  private AggregateTestFixture<CaseFile> fixture;

  @BeforeEach
  void fixture() {
    fixture = new AggregateTestFixture<>(CaseFile.class);
    fixture.registerCommandTargetResolver(ContractConfiguration.COMMAND_TARGETS);
    fixture.registerCommandDispatchInterceptor(FixtureActors.senderNamedByCommand());
  }

  private static TransferId id(DepartmentCode from, DepartmentCode to) {
    return new TransferId(from + "-" + to);
  }

  private static TransferCaseCommand transfer(DepartmentCode from, DepartmentCode to) {
    return new TransferCaseCommand(
        CASE,
        id(from, to),
        from,
        to,
        SHANDONG,
        "Pirated engineering software dongles",
        KUNLUN,
        Set.of(new ReportId("KL25-R-0002")),
        null);
  }

  private static CaseTransferred transferred(int stage, DepartmentCode from, DepartmentCode to) {
    return new CaseTransferred(
        CASE,
        id(from, to),
        stage,
        from,
        to,
        SHANDONG,
        "Pirated engineering software dongles",
        KUNLUN,
        Set.of(new ReportId("KL25-R-0002")),
        null);
  }

  private static Matcher<?> violation(String field) {
    return new TypeSafeMatcher<RuleViolation>() {
      @Override
      protected boolean matchesSafely(RuleViolation violation) {
        return violation.kind() == RuleViolation.Kind.RULE && field.equals(violation.field());
      }

      @Override
      public void describeTo(Description description) {
        description.appendText("a rule violation on field " + field);
      }
    };
  }

  @Test
  @DisplayName("the first transfer opens the case")
  void opens() {
    fixture
        .givenNoPriorActivity()
        .when(transfer(SAMR, MPS))
        .expectResultMessagePayload(Acknowledgement.RECORDED)
        .expectEvents(transferred(1, SAMR, MPS));
  }

  @Test
  @DisplayName("the same transfer again is acknowledged without a new event")
  void retried() {
    fixture
        .given(transferred(1, SAMR, MPS))
        .when(transfer(SAMR, MPS))
        .expectResultMessagePayload(Acknowledgement.ALREADY_RECORDED)
        .expectNoEvents();
  }

  @Test
  @DisplayName("the receiver accepts, once; no one else can")
  void accepts() {
    fixture
        .given(transferred(1, SAMR, MPS))
        .when(new AcceptCaseCommand(CASE, TO_MPS, MPS))
        .expectEvents(new CaseAccepted(CASE, TO_MPS, 1, MPS));
    fixture
        .given(transferred(1, SAMR, MPS), new CaseAccepted(CASE, TO_MPS, 1, MPS))
        .when(new AcceptCaseCommand(CASE, TO_MPS, MPS))
        .expectResultMessagePayload(Acknowledgement.ALREADY_RECORDED)
        .expectNoEvents();
    fixture
        .given(transferred(1, SAMR, MPS))
        .when(new AcceptCaseCommand(CASE, TO_MPS, SPP))
        .expectNoEvents()
        .expectException(AccessRefusedException.class);
  }

  @Test
  @DisplayName("the receiver returns it with a reason, and the sender holds it again")
  void returns() {
    fixture
        .given(transferred(1, SAMR, MPS))
        .when(
            new ReturnCaseCommand(
                CASE, TO_MPS, MPS, "the value involved is below the criminal threshold"))
        .expectEvents(
            new CaseReturned(
                CASE, TO_MPS, 1, MPS, "the value involved is below the criminal threshold"));
    fixture
        .given(transferred(1, SAMR, MPS), new CaseReturned(CASE, TO_MPS, 1, MPS, "below threshold"))
        .when(transfer(SAMR, SPP))
        .expectEvents(transferred(2, SAMR, SPP));
    fixture
        .given(transferred(1, SAMR, MPS), new CaseReturned(CASE, TO_MPS, 1, MPS, "below threshold"))
        .when(transfer(MPS, SPP))
        .expectNoEvents()
        .expectException(violation("from"));
  }

  @Test
  @DisplayName("only the receiver returns it, and a decided transfer is not decided again")
  void returnRefused() {
    fixture
        .given(transferred(1, SAMR, MPS))
        .when(new ReturnCaseCommand(CASE, TO_MPS, SAMR, "not mine to return"))
        .expectNoEvents()
        .expectException(AccessRefusedException.class);
    fixture
        .given(transferred(1, SAMR, MPS), new CaseAccepted(CASE, TO_MPS, 1, MPS))
        .when(new ReturnCaseCommand(CASE, TO_MPS, MPS, "changed our mind"))
        .expectNoEvents()
        .expectException(violation("transferId"));
  }

  @Test
  @DisplayName("the holder moves it on: police to procuratorate to court")
  void movesOn() {
    fixture
        .given(transferred(1, SAMR, MPS), new CaseAccepted(CASE, TO_MPS, 1, MPS))
        .when(transfer(MPS, SPP))
        .expectEvents(transferred(2, MPS, SPP));
    fixture
        .given(
            transferred(1, SAMR, MPS),
            new CaseAccepted(CASE, TO_MPS, 1, MPS),
            transferred(2, MPS, SPP),
            new CaseAccepted(CASE, TO_SPP, 2, SPP))
        .when(transfer(SPP, SPC))
        .expectEvents(transferred(3, SPP, SPC));
  }

  @Test
  @DisplayName("nobody moves it on while a transfer waits, nor someone who does not hold it")
  void refused() {
    fixture
        .given(transferred(1, SAMR, MPS))
        .when(transfer(MPS, SPP))
        .expectNoEvents()
        .expectException(violation("from"));
    fixture
        .given(transferred(1, SAMR, MPS), new CaseAccepted(CASE, TO_MPS, 1, MPS))
        .when(transfer(SAMR, SPP))
        .expectNoEvents()
        .expectException(violation("from"));
  }

  @Test
  @DisplayName("a transfer id reused for another transfer is a conflict")
  void transferIdReused() {
    fixture
        .given(transferred(1, SAMR, MPS))
        .when(
            new TransferCaseCommand(
                CASE, TO_MPS, SAMR, SPP, SHANDONG, "Another title", null, null, null))
        .expectNoEvents()
        .expectException(RuleViolation.class);
  }

  @Test
  @DisplayName("an acceptance sent again after the case moved on changes nothing")
  void lateRetryOfAcceptance() {
    fixture
        .given(
            transferred(1, SAMR, MPS),
            new CaseAccepted(CASE, TO_MPS, 1, MPS),
            transferred(2, MPS, SPP))
        .when(new AcceptCaseCommand(CASE, TO_MPS, MPS))
        .expectResultMessagePayload(Acknowledgement.ALREADY_RECORDED)
        .expectNoEvents();
  }
}
