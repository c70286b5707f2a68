package org.liandong.command.campaign;

import static org.liandong.command.campaign.CampaignFixtures.GUANGDONG;
import static org.liandong.command.campaign.CampaignFixtures.ID;
import static org.liandong.command.campaign.CampaignFixtures.MPS;
import static org.liandong.command.campaign.CampaignFixtures.NOW;
import static org.liandong.command.campaign.CampaignFixtures.SHANGHAI;
import static org.liandong.command.campaign.CampaignFixtures.inCrackdown;
import static org.liandong.command.campaign.CampaignFixtures.launched;
import static org.liandong.command.campaign.CampaignFixtures.refused;
import static org.liandong.command.campaign.CampaignFixtures.seized;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.liandong.command.access.FixtureActors;
import org.liandong.model.access.Actor;
import org.liandong.model.access.Role;
import org.liandong.model.campaign.CorrectReportCommand;
import org.liandong.model.campaign.GoodsSeized;
import org.liandong.model.campaign.GoodsSeizure;
import org.liandong.model.campaign.RecordReportCommand;
import org.liandong.model.campaign.ReportCorrected;
import org.liandong.model.campaign.ReportHeader;
import org.liandong.model.campaign.ReportRetracted;
import org.liandong.model.campaign.RetractReportCommand;
import org.liandong.model.campaign.TaskAssigned;
import org.liandong.model.code.CategoryCode;
import org.liandong.model.code.Money;
import org.liandong.model.code.Quantity;
import org.liandong.model.code.UnitCode;
import org.liandong.model.id.ReportId;
import org.liandong.model.id.TaskId;
import org.liandong.model.task.AcknowledgeTaskCommand;
import org.liandong.model.task.CompleteTaskCommand;
import org.liandong.model.task.NoteTaskProgressCommand;

@DisplayName("Campaign aggregate: region scope, judged by where the thing lies now")
class CampaignRegionScopeTest {

  private final AggregateTestFixture<Campaign> fixture = CampaignFixtures.fixture();

  private final Actor mpsShanghai = new Actor("mps.shanghai", Role.DEPARTMENT, MPS, SHANGHAI);
  private final GoodsSeized inGuangdong = seized("R-2", MPS, "12500");
  private final TaskId task = new TaskId("T-1");
  private final Object assignedInGuangdong =
      new TaskAssigned(ID, task, MPS, GUANGDONG, "Raid", LocalDate.of(2020, 9, 30), Map.of());

  @Test
  @DisplayName("a user limited to Shanghai neither corrects nor retracts a Guangdong report")
  void reports() {
    RecordReportCommand intoShanghai =
        new RecordReportCommand(
            ID,
            new ReportId("R-2"),
            new ReportHeader(
                MPS, SHANGHAI, LocalDate.of(2020, 8, 1), "officer", null, "seized at the sites"),
            new GoodsSeizure(
                new CategoryCode("PIRATED_MEDIA"),
                new Quantity(new BigDecimal("12500"), new UnitCode("copy")),
                new Money(new BigDecimal("375000.00"))));
    fixture
        .given(inCrackdown(inGuangdong))
        .andGivenCurrentTime(NOW)
        .when(new CorrectReportCommand(intoShanghai, "moved"), FixtureActors.sentBy(mpsShanghai))
        .expectNoEvents()
        .expectException(refused("reportId"));
    fixture
        .given(inCrackdown(inGuangdong))
        .when(
            new RetractReportCommand(ID, new ReportId("R-2"), MPS, "entered twice"),
            FixtureActors.sentBy(mpsShanghai))
        .expectNoEvents()
        .expectException(refused("reportId"));
  }

  @Test
  @DisplayName("nor acknowledges, notes or completes a Guangdong task")
  void tasks() {
    for (Object command :
        List.of(
            new AcknowledgeTaskCommand(ID, task, MPS),
            new NoteTaskProgressCommand(ID, task, MPS, "two markets"),
            new CompleteTaskCommand(ID, task, MPS, null))) {
      fixture
          .given(launched(), assignedInGuangdong)
          .when(command, FixtureActors.sentBy(mpsShanghai))
          .expectNoEvents()
          .expectException(refused("taskId"));
    }
  }

  @Test
  @DisplayName("a report corrected into Shanghai is then its to change")
  void followsCorrections() {
    GoodsSeized movedToShanghai =
        new GoodsSeized(
            ID,
            new ReportId("R-2"),
            new ReportHeader(
                MPS,
                SHANGHAI,
                LocalDate.of(2020, 8, 1),
                "officer",
                Set.of(),
                "seized at the sites"),
            new GoodsSeizure(
                new CategoryCode("PIRATED_MEDIA"),
                new Quantity(new BigDecimal("12500"), new UnitCode("copy")),
                new Money(new BigDecimal("375000.00"))),
            false);
    fixture
        .given(
            inCrackdown(
                inGuangdong,
                new ReportCorrected(
                    ID, new ReportId("R-2"), 2, "moved", inGuangdong, movedToShanghai)))
        .when(
            new RetractReportCommand(ID, new ReportId("R-2"), MPS, "entered twice"),
            FixtureActors.sentBy(mpsShanghai))
        .expectEvents(
            new ReportRetracted(ID, new ReportId("R-2"), "entered twice", movedToShanghai));
  }
}
