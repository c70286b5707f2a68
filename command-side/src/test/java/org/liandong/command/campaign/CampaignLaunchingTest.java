package org.liandong.command.campaign;

import static org.liandong.command.campaign.CampaignFixtures.GUANGDONG;
import static org.liandong.command.campaign.CampaignFixtures.ID;
import static org.liandong.command.campaign.CampaignFixtures.MPS;
import static org.liandong.command.campaign.CampaignFixtures.NCAC;
import static org.liandong.command.campaign.CampaignFixtures.PERIOD;
import static org.liandong.command.campaign.CampaignFixtures.SHANGHAI;
import static org.liandong.command.campaign.CampaignFixtures.launch;
import static org.liandong.command.campaign.CampaignFixtures.launched;
import static org.liandong.command.campaign.CampaignFixtures.violation;

import java.util.List;
import java.util.Set;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.liandong.command.RuleViolation;
import org.liandong.model.campaign.Acknowledgement;
import org.liandong.model.campaign.CampaignFocus;
import org.liandong.model.campaign.CampaignLaunched;
import org.liandong.model.campaign.LaunchCampaignCommand;

@DisplayName("Campaign aggregate: launching")
class CampaignLaunchingTest {

  private final AggregateTestFixture<Campaign> fixture = CampaignFixtures.fixture();

  @Test
  @DisplayName("a new campaign is launched with its lead among the participants")
  void launches() {
    fixture
        .givenNoPriorActivity()
        .when(launch("Sword Net 2020"))
        .expectSuccessfulHandlerExecution()
        .expectResultMessagePayload(Acknowledgement.RECORDED)
        .expectEvents(launched());
  }

  @Test
  @DisplayName("the same launch again is acknowledged without a new event")
  void repeatedLaunch() {
    fixture
        .given(launched())
        .when(launch("Sword Net 2020"))
        .expectResultMessagePayload(Acknowledgement.ALREADY_RECORDED)
        .expectNoEvents();
  }

  @Test
  @DisplayName("key points that print alike but differ make another launch, not a retry")
  void keyPointsTellLaunchesApart() {
    LaunchCampaignCommand joined =
        new LaunchCampaignCommand(
            ID,
            "Sword Net 2020",
            CampaignFocus.PIRACY,
            NCAC,
            Set.of(MPS),
            Set.of(GUANGDONG, SHANGHAI),
            PERIOD,
            List.of("Audiovisual works, software"));
    CampaignLaunched apart =
        new CampaignLaunched(
            ID,
            "Sword Net 2020",
            CampaignFocus.PIRACY,
            NCAC,
            Set.of(NCAC, MPS),
            Set.of(GUANGDONG, SHANGHAI),
            PERIOD,
            List.of("Audiovisual works", "software"));
    fixture
        .given(apart)
        .when(joined)
        .expectNoEvents()
        .expectException(violation(RuleViolation.Kind.CONFLICT, "campaignId"));
  }

  @Test
  @DisplayName("another launch under a taken id is a conflict")
  void conflictingLaunch() {
    fixture
        .given(launched())
        .when(launch("Another campaign"))
        .expectNoEvents()
        .expectException(violation(RuleViolation.Kind.CONFLICT, "campaignId"));
  }
}
