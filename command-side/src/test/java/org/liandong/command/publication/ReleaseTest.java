package org.liandong.command.publication;

import static org.hamcrest.Matchers.instanceOf;

import java.time.Instant;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.hamcrest.Description;
import org.hamcrest.Matcher;
import org.hamcrest.TypeSafeMatcher;
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
import org.liandong.model.publication.AmendReleaseTextCommand;
import org.liandong.model.publication.Bilingual;
import org.liandong.model.publication.IssueReleaseCommand;
import org.liandong.model.publication.ReleaseId;
import org.liandong.model.publication.ReleaseIssued;
import org.liandong.model.publication.ReleaseTextAmended;

@DisplayName("Release aggregate: issued by the office as of a past cut-off, its text amended")
class ReleaseTest {

  private static final ReleaseId ID = new ReleaseId("REL-2020-ANNUAL");
  private static final Instant CUT_OFF = Instant.parse("2021-04-25T16:00:00Z");
  private static final Instant NOW = Instant.parse("2021-04-26T02:00:00Z");
  private static final Bilingual TITLE = new Bilingual("2020年度数据", "2020 annual figures");
  private static final Bilingual TEXT = new Bilingual("正文", "Text");

  private final AggregateTestFixture<Release> fixture = fixture();

  private static AggregateTestFixture<Release> fixture() {
    AggregateTestFixture<Release> fixture = new AggregateTestFixture<>(Release.class);
    fixture.registerCommandTargetResolver(ContractConfiguration.COMMAND_TARGETS);
    fixture.registerCommandDispatchInterceptor(FixtureActors.senderNamedByCommand());
    return fixture;
  }

  private static IssueReleaseCommand issue(Instant cutOff) {
    return new IssueReleaseCommand(ID, 2020, null, cutOff, TITLE, TEXT);
  }

  private static ReleaseIssued issued() {
    return new ReleaseIssued(ID, 2020, null, CUT_OFF, TITLE, TEXT);
  }

  @Test
  @DisplayName("the office issues a release; the same request again changes nothing")
  void issuedOnce() {
    fixture
        .givenNoPriorActivity()
        .andGivenCurrentTime(NOW)
        .when(issue(CUT_OFF))
        .expectResultMessagePayload(Acknowledgement.RECORDED)
        .expectEvents(issued());
    fixture
        .given(issued())
        .andGivenCurrentTime(NOW)
        .when(issue(CUT_OFF))
        .expectResultMessagePayload(Acknowledgement.ALREADY_RECORDED)
        .expectNoEvents();
  }

  @Test
  @DisplayName("refused: other details under the same id, a cut-off still to come, a department")
  void refused() {
    fixture
        .given(issued())
        .andGivenCurrentTime(NOW)
        .when(issue(CUT_OFF.minusSeconds(60)))
        .expectNoEvents()
        .expectException(violation(RuleViolation.Kind.CONFLICT, "releaseId"));
    fixture
        .givenNoPriorActivity()
        .andGivenCurrentTime(NOW)
        .when(issue(NOW.plusSeconds(60)))
        .expectNoEvents()
        .expectException(violation(RuleViolation.Kind.RULE, "cutOff"));
    Actor mps = new Actor("mps", Role.DEPARTMENT, new DepartmentCode("MPS"), null);
    fixture
        .givenNoPriorActivity()
        .andGivenCurrentTime(NOW)
        .when(issue(CUT_OFF), FixtureActors.sentBy(mps))
        .expectNoEvents()
        .expectException(instanceOf(AccessRefusedException.class));
  }

  @Test
  @DisplayName("its text is amended with a reason; the same text again changes nothing")
  void amended() {
    Bilingual corrected = new Bilingual("正文（更正）", "Text (corrected)");
    fixture
        .given(issued())
        .when(new AmendReleaseTextCommand(ID, TITLE, corrected, "typo"))
        .expectResultMessagePayload(Acknowledgement.RECORDED)
        .expectEvents(new ReleaseTextAmended(ID, TITLE, corrected, "typo"));
    fixture
        .given(issued())
        .when(new AmendReleaseTextCommand(ID, TITLE, TEXT, "none"))
        .expectResultMessagePayload(Acknowledgement.ALREADY_RECORDED)
        .expectNoEvents();
  }

  private static Matcher<?> violation(RuleViolation.Kind kind, String field) {
    return new TypeSafeMatcher<RuleViolation>() {
      @Override
      protected boolean matchesSafely(RuleViolation violation) {
        return violation.kind() == kind && field.equals(violation.field());
      }

      @Override
      public void describeTo(Description description) {
        description.appendText("a " + kind + " violation on field " + field);
      }
    };
  }
}
