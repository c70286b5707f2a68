package org.liandong.command.campaign;

import static org.liandong.command.campaign.CampaignFixtures.ID;
import static org.liandong.command.campaign.CampaignFixtures.MPS;
import static org.liandong.command.campaign.CampaignFixtures.NOW;
import static org.liandong.command.campaign.CampaignFixtures.SHANGHAI;
import static org.liandong.command.campaign.CampaignFixtures.inCrackdown;
import static org.liandong.command.campaign.CampaignFixtures.refused;

import java.time.LocalDate;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.liandong.command.access.FixtureActors;
import org.liandong.model.access.Actor;
import org.liandong.model.access.Role;
import org.liandong.model.campaign.Acknowledgement;
import org.liandong.model.campaign.ArrestApproval;
import org.liandong.model.campaign.RecordReportCommand;
import org.liandong.model.campaign.ReportHeader;
import org.liandong.model.campaign.SuspectArrest;
import org.liandong.model.id.ReportId;

@DisplayName("Campaign aggregate: national figures, reported for no region")
class CampaignNationalFiguresTest {

  private final AggregateTestFixture<Campaign> fixture = CampaignFixtures.fixture();

  private static RecordReportCommand nationalArrests(String reportId) {
    return new RecordReportCommand(
        ID,
        new ReportId(reportId),
        new ReportHeader(MPS, null, LocalDate.of(2020, 8, 12), "mps", null, "national total"),
        new SuspectArrest(32_000));
  }

  @Test
  @DisplayName("a national department's user records a figure without a region")
  void recorded() {
    RecordReportCommand arrests = nationalArrests("N-1");
    fixture
        .given(inCrackdown())
        .andGivenCurrentTime(NOW)
        .when(arrests)
        .expectResultMessagePayload(Acknowledgement.RECORDED)
        .expectEvents(arrests.toEvent(false));
  }

  @Test
  @DisplayName("a retried national figure is acknowledged without a new event")
  void retried() {
    RecordReportCommand arrests = nationalArrests("N-1");
    fixture
        .given(inCrackdown(arrests.toEvent(false)))
        .andGivenCurrentTime(NOW)
        .when(arrests)
        .expectResultMessagePayload(Acknowledgement.ALREADY_RECORDED)
        .expectNoEvents();
  }

  @Test
  @DisplayName("a user limited to a region records no national figure")
  void notFromARegion() {
    Actor mpsShanghai = new Actor("mps.shanghai", Role.DEPARTMENT, MPS, SHANGHAI);
    fixture
        .given(inCrackdown())
        .andGivenCurrentTime(NOW)
        .when(nationalArrests("N-2"), FixtureActors.sentBy(mpsShanghai))
        .expectNoEvents()
        .expectException(refused("region"));
  }

  @Test
  @DisplayName("a procuratorate's approvals are recorded as a kind of report of their own")
  void judicialKind() {
    RecordReportCommand approvals =
        new RecordReportCommand(
            ID,
            new ReportId("N-3"),
            new ReportHeader(MPS, null, LocalDate.of(2020, 8, 12), "mps", null, null),
            new ArrestApproval(null, 7_174));
    fixture
        .given(inCrackdown())
        .andGivenCurrentTime(NOW)
        .when(approvals)
        .expectResultMessagePayload(Acknowledgement.RECORDED)
        .expectEvents(approvals.toEvent(false));
  }
}
