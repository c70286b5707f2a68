package org.liandong.command.publication;

import static org.hamcrest.Matchers.instanceOf;

import java.time.Instant;
import java.time.LocalDate;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.liandong.access.AccessRefusedException;
import org.liandong.command.ContractConfiguration;
import org.liandong.command.RuleViolation;
import org.liandong.command.access.FixtureActors;
import org.liandong.model.access.Actor;
import org.liandong.model.access.Role;
import org.liandong.model.campaign.Acknowledgement;
import org.liandong.model.code.DepartmentCode;
import org.liandong.model.code.RightType;
import org.liandong.model.id.CampaignId;
import org.liandong.model.id.ReportId;
import org.liandong.model.publication.ApproveTypicalCaseCommand;
import org.liandong.model.publication.Bilingual;
import org.liandong.model.publication.ProposeTypicalCaseCommand;
import org.liandong.model.publication.ReturnTypicalCaseCommand;
import org.liandong.model.publication.TypicalCaseApproved;
import org.liandong.model.publication.TypicalCaseId;
import org.liandong.model.publication.TypicalCaseProposed;
import org.liandong.model.publication.TypicalCaseReturned;

@DisplayName("Typical case aggregate: proposed by a department, approved or returned by the office")
class TypicalCaseTest {

  private static final TypicalCaseId ID = new TypicalCaseId("TC-2024-NINGBO");
  private static final DepartmentCode MPS = new DepartmentCode("MPS");
  private static final Actor MPS_USER = new Actor("mps", Role.DEPARTMENT, MPS, null);
  private static final Actor SAMR_USER =
      new Actor("samr", Role.DEPARTMENT, new DepartmentCode("SAMR"), null);
  private static final Instant NOW = Instant.parse("2025-11-20T02:00:00Z");
  private static final Bilingual TITLE = new Bilingual("宁波商业秘密案", "Ningbo trade secrets case");
  private static final Bilingual NARRATIVE =
      new Bilingual("抓获犯罪嫌疑人12名。", "Authorities arrested 12 suspects.");

  private final AggregateTestFixture<TypicalCase> fixture = fixture();

  private static AggregateTestFixture<TypicalCase> fixture() {
    AggregateTestFixture<TypicalCase> fixture = new AggregateTestFixture<>(TypicalCase.class);
    fixture.registerCommandTargetResolver(ContractConfiguration.COMMAND_TARGETS);
    fixture.registerCommandDispatchInterceptor(FixtureActors.senderNamedByCommand());
    return fixture;
  }

  private static ProposeTypicalCaseCommand propose(Bilingual narrative) {
    return new ProposeTypicalCaseCommand(
        ID,
        MPS,
        new CampaignId("KUNLUN-2025"),
        new ReportId("KL-NINGBO"),
        RightType.TRADE_SECRET,
        TITLE,
        narrative);
  }

  private static TypicalCaseProposed proposed(Bilingual narrative) {
    return new TypicalCaseProposed(
        ID,
        MPS,
        new CampaignId("KUNLUN-2025"),
        new ReportId("KL-NINGBO"),
        RightType.TRADE_SECRET,
        TITLE,
        narrative);
  }

  @Test
  @DisplayName("a department proposes; the same proposal again changes nothing")
  void proposed() {
    fixture
        .givenNoPriorActivity()
        .when(propose(NARRATIVE), FixtureActors.sentBy(MPS_USER))
        .expectResultMessagePayload(Acknowledgement.RECORDED)
        .expectEvents(proposed(NARRATIVE));
    fixture
        .given(proposed(NARRATIVE))
        .when(propose(NARRATIVE), FixtureActors.sentBy(MPS_USER))
        .expectResultMessagePayload(Acknowledgement.ALREADY_RECORDED)
        .expectNoEvents();
  }

  @Test
  @DisplayName("another department may not propose in the proposer's name, nor propose it again")
  void anotherDepartment() {
    fixture
        .givenNoPriorActivity()
        .when(propose(NARRATIVE), FixtureActors.sentBy(SAMR_USER))
        .expectNoEvents()
        .expectException(instanceOf(AccessRefusedException.class));
  }

  @Test
  @DisplayName("the office approves a proposal, which publishes it, once")
  void approved() {
    fixture
        .given(proposed(NARRATIVE))
        .andGivenCurrentTime(NOW)
        .when(new ApproveTypicalCaseCommand(ID), FixtureActors.sentBy(FixtureActors.OFFICE))
        .expectResultMessagePayload(Acknowledgement.RECORDED)
        .expectEvents(new TypicalCaseApproved(ID, LocalDate.of(2025, 11, 20)));
    fixture
        .given(proposed(NARRATIVE), new TypicalCaseApproved(ID, LocalDate.of(2025, 11, 20)))
        .when(propose(NARRATIVE), FixtureActors.sentBy(MPS_USER))
        .expectNoEvents()
        .expectException(instanceOf(RuleViolation.class));
    fixture
        .given(proposed(NARRATIVE))
        .when(new ApproveTypicalCaseCommand(ID), FixtureActors.sentBy(MPS_USER))
        .expectNoEvents()
        .expectException(instanceOf(AccessRefusedException.class));
  }

  @Test
  @DisplayName("the office returns it with a reason; it is approved only once proposed again")
  void returned() {
    Bilingual rewritten = new Bilingual("抓获犯罪嫌疑人12名（补充）。", "Authorities arrested 12 suspects.");
    fixture
        .given(proposed(NARRATIVE))
        .when(
            new ReturnTypicalCaseCommand(ID, "name the enterprise's sector"),
            FixtureActors.sentBy(FixtureActors.OFFICE))
        .expectResultMessagePayload(Acknowledgement.RECORDED)
        .expectEvents(new TypicalCaseReturned(ID, "name the enterprise's sector"));
    fixture
        .given(proposed(NARRATIVE), new TypicalCaseReturned(ID, "more detail"))
        .when(new ApproveTypicalCaseCommand(ID), FixtureActors.sentBy(FixtureActors.OFFICE))
        .expectNoEvents()
        .expectException(instanceOf(RuleViolation.class));
    fixture
        .given(proposed(NARRATIVE), new TypicalCaseReturned(ID, "more detail"))
        .when(propose(rewritten), FixtureActors.sentBy(MPS_USER))
        .expectResultMessagePayload(Acknowledgement.RECORDED)
        .expectEvents(proposed(rewritten));
  }
}
