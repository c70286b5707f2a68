package org.liandong.command.campaign;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.hamcrest.Description;
import org.hamcrest.Matcher;
import org.hamcrest.TypeSafeMatcher;
import org.liandong.access.AccessRefusedException;
import org.liandong.command.ContractConfiguration;
import org.liandong.command.EventLookup;
import org.liandong.command.RuleViolation;
import org.liandong.command.access.FixtureActors;
import org.liandong.model.campaign.CampaignFocus;
import org.liandong.model.campaign.CampaignLaunched;
import org.liandong.model.campaign.GoodsSeized;
import org.liandong.model.campaign.GoodsSeizure;
import org.liandong.model.campaign.LaunchCampaignCommand;
import org.liandong.model.campaign.Period;
import org.liandong.model.campaign.Phase;
import org.liandong.model.campaign.PhaseAdvanced;
import org.liandong.model.campaign.RecordReportCommand;
import org.liandong.model.campaign.ReportHeader;
import org.liandong.model.campaign.SiteRaid;
import org.liandong.model.campaign.SiteRaided;
import org.liandong.model.code.CategoryCode;
import org.liandong.model.code.DepartmentCode;
import org.liandong.model.code.Money;
import org.liandong.model.code.Quantity;
import org.liandong.model.code.RegionCode;
import org.liandong.model.code.UnitCode;
import org.liandong.model.id.CampaignId;
import org.liandong.model.id.ReportId;

/** The campaign and the commands and events the campaign aggregate's tests share. */
final class CampaignFixtures {

  private CampaignFixtures() {}

  static final CampaignId ID = new CampaignId("SWORD-NET-2020");
  static final DepartmentCode NCAC = new DepartmentCode("NCAC");
  static final DepartmentCode MPS = new DepartmentCode("MPS");
  static final DepartmentCode SAMR = new DepartmentCode("SAMR");
  static final RegionCode GUANGDONG = new RegionCode("44");
  static final RegionCode SHANGHAI = new RegionCode("31");
  static final RegionCode BEIJING = new RegionCode("11");
  static final Period PERIOD = new Period(LocalDate.of(2020, 6, 1), LocalDate.of(2020, 11, 30));
  static final Instant NOW = Instant.parse("2020-08-20T04:00:00Z");

  /**
   * A fixture for the campaign aggregate, with the sender named by each command as its actor, and a
   * report index that holds every stored event.
   */
  static AggregateTestFixture<Campaign> fixture() {
    return fixture(true);
  }

  /**
   * @param indexed whether the report index holds every stored event, or none (as before
   *     publication first reached the campaign)
   */
  static AggregateTestFixture<Campaign> fixture(boolean indexed) {
    AggregateTestFixture<Campaign> fixture = new AggregateTestFixture<>(Campaign.class);
    fixture.registerCommandTargetResolver(ContractConfiguration.COMMAND_TARGETS);
    fixture.registerCommandDispatchInterceptor(FixtureActors.senderNamedByCommand());
    EventLookup history =
        (subject, sequence) -> {
          DomainEventStream events = fixture.getEventStore().readEvents(subject, sequence);
          return events
              .asStream()
              .filter(event -> event.getSequenceNumber() == sequence)
              .<DomainEventMessage<?>>map(event -> event)
              .findFirst();
        };
    fixture.registerInjectableResource(history);
    fixture.registerInjectableResource(new FixtureReportIndex(fixture, indexed));
    return fixture;
  }

  static LaunchCampaignCommand launch(String name) {
    return new LaunchCampaignCommand(
        ID,
        name,
        CampaignFocus.PIRACY,
        NCAC,
        Set.of(MPS),
        Set.of(GUANGDONG, SHANGHAI),
        PERIOD,
        List.of("Audiovisual works"));
  }

  static CampaignLaunched launched() {
    return new CampaignLaunched(
        ID,
        "Sword Net 2020",
        CampaignFocus.PIRACY,
        NCAC,
        Set.of(NCAC, MPS),
        Set.of(GUANGDONG, SHANGHAI),
        PERIOD,
        List.of("Audiovisual works"));
  }

  static RecordReportCommand raid(
      String reportId, DepartmentCode department, RegionCode region, LocalDate on, int sites) {
    return new RecordReportCommand(
        ID,
        new ReportId(reportId),
        new ReportHeader(department, region, on, "officer", null, null),
        new SiteRaid(sites));
  }

  static SiteRaided raided(
      String reportId, DepartmentCode department, RegionCode region, LocalDate on, int sites) {
    return new SiteRaided(
        ID,
        new ReportId(reportId),
        new ReportHeader(department, region, on, "officer", Set.of(), null),
        new SiteRaid(sites),
        false);
  }

  static RecordReportCommand seize(String reportId, DepartmentCode department, String amount) {
    return new RecordReportCommand(
        ID,
        new ReportId(reportId),
        new ReportHeader(
            department,
            GUANGDONG,
            LocalDate.of(2020, 8, 1),
            "officer",
            null,
            "seized at the sites"),
        new GoodsSeizure(
            new CategoryCode("PIRATED_MEDIA"),
            new Quantity(new BigDecimal(amount), new UnitCode("copy")),
            new Money(new BigDecimal("375000.00"))));
  }

  static GoodsSeized seized(String reportId, DepartmentCode department, String amount) {
    return new GoodsSeized(
        ID,
        new ReportId(reportId),
        new ReportHeader(
            department,
            GUANGDONG,
            LocalDate.of(2020, 8, 1),
            "officer",
            Set.of(),
            "seized at the sites"),
        new GoodsSeizure(
            new CategoryCode("PIRATED_MEDIA"),
            new Quantity(new BigDecimal(amount), new UnitCode("copy")),
            new Money(new BigDecimal("375000.00"))),
        false);
  }

  /** A launched campaign in its crackdown, followed by the given events. */
  static List<Object> inCrackdown(Object... more) {
    List<Object> history = new ArrayList<>();
    history.add(launched());
    history.add(new PhaseAdvanced(ID, Phase.PLANNED, Phase.MOBILISATION));
    history.add(new PhaseAdvanced(ID, Phase.MOBILISATION, Phase.CRACKDOWN));
    history.addAll(List.of(more));
    return history;
  }

  static Matcher<?> violation(RuleViolation.Kind kind, String field) {
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

  static Matcher<?> refused(String field) {
    return new TypeSafeMatcher<AccessRefusedException>() {
      @Override
      protected boolean matchesSafely(AccessRefusedException refusal) {
        return field.equals(refusal.field());
      }

      @Override
      public void describeTo(Description description) {
        description.appendText("an access refusal on field " + field);
      }
    };
  }
}
