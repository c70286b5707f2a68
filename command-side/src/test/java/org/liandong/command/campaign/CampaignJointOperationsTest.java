package org.liandong.command.campaign;

import static org.liandong.command.campaign.CampaignFixtures.GUANGDONG;
import static org.liandong.command.campaign.CampaignFixtures.ID;
import static org.liandong.command.campaign.CampaignFixtures.MPS;
import static org.liandong.command.campaign.CampaignFixtures.NCAC;
import static org.liandong.command.campaign.CampaignFixtures.NOW;
import static org.liandong.command.campaign.CampaignFixtures.SAMR;
import static org.liandong.command.campaign.CampaignFixtures.SHANGHAI;
import static org.liandong.command.campaign.CampaignFixtures.inCrackdown;
import static org.liandong.command.campaign.CampaignFixtures.violation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Set;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.liandong.command.RuleViolation;
import org.liandong.model.campaign.Acknowledgement;
import org.liandong.model.campaign.CaseFiled;
import org.liandong.model.campaign.CaseFiling;
import org.liandong.model.campaign.GangDismantling;
import org.liandong.model.campaign.RecordReportCommand;
import org.liandong.model.campaign.ReportHeader;
import org.liandong.model.campaign.ShipmentInterception;
import org.liandong.model.campaign.ShipmentsIntercepted;
import org.liandong.model.campaign.SuspectArrest;
import org.liandong.model.campaign.SuspectsArrested;
import org.liandong.model.campaign.WebsiteClosure;
import org.liandong.model.code.CaseKind;
import org.liandong.model.code.Money;
import org.liandong.model.code.RightType;
import org.liandong.model.id.ReportId;

@DisplayName("Campaign aggregate: joint operations and further kinds of report")
class CampaignJointOperationsTest {

  private final AggregateTestFixture<Campaign> fixture = CampaignFixtures.fixture();

  @Test
  @DisplayName("a report names the departments that co-operated")
  void cooperating() {
    fixture
        .given(inCrackdown())
        .andGivenCurrentTime(NOW)
        .when(
            new RecordReportCommand(
                ID,
                new ReportId("A-1"),
                new ReportHeader(
                    MPS, GUANGDONG, LocalDate.of(2020, 8, 12), "officer", Set.of(NCAC), null),
                new SuspectArrest(16)))
        .expectEvents(
            new SuspectsArrested(
                ID,
                new ReportId("A-1"),
                new ReportHeader(
                    MPS, GUANGDONG, LocalDate.of(2020, 8, 12), "officer", Set.of(NCAC), null),
                new SuspectArrest(16),
                false));
  }

  @Test
  @DisplayName("a co-operating department must take part in the campaign")
  void cooperatingMustTakePart() {
    fixture
        .given(inCrackdown())
        .andGivenCurrentTime(NOW)
        .when(
            new RecordReportCommand(
                ID,
                new ReportId("W-1"),
                new ReportHeader(
                    MPS, GUANGDONG, LocalDate.of(2020, 8, 12), "officer", Set.of(SAMR), null),
                new WebsiteClosure(40)))
        .expectNoEvents()
        .expectException(violation(RuleViolation.Kind.RULE, "cooperatingDepartments"));
  }

  @Test
  @DisplayName("cases filed, gangs dismantled and shipments intercepted are recorded")
  void otherKinds() {
    fixture
        .given(inCrackdown())
        .andGivenCurrentTime(NOW)
        .when(
            new RecordReportCommand(
                ID,
                new ReportId("C-1"),
                new ReportHeader(NCAC, SHANGHAI, LocalDate.of(2020, 8, 12), "officer", null, null),
                new CaseFiling(
                    CaseKind.CRIMINAL,
                    RightType.COPYRIGHT,
                    3,
                    new Money(new BigDecimal("1800000")))))
        .expectEvents(
            new CaseFiled(
                ID,
                new ReportId("C-1"),
                new ReportHeader(
                    NCAC, SHANGHAI, LocalDate.of(2020, 8, 12), "officer", Set.of(), null),
                new CaseFiling(
                    CaseKind.CRIMINAL,
                    RightType.COPYRIGHT,
                    3,
                    new Money(new BigDecimal("1800000"))),
                false));
    fixture
        .given(inCrackdown())
        .andGivenCurrentTime(NOW)
        .when(
            new RecordReportCommand(
                ID,
                new ReportId("G-1"),
                new ReportHeader(MPS, GUANGDONG, LocalDate.of(2020, 8, 12), "officer", null, null),
                new GangDismantling(1)))
        .expectSuccessfulHandlerExecution();
    fixture
        .given(
            inCrackdown(
                new ShipmentsIntercepted(
                    ID,
                    new ReportId("S-1"),
                    new ReportHeader(
                        MPS, GUANGDONG, LocalDate.of(2020, 8, 12), "officer", Set.of(), null),
                    new ShipmentInterception(12),
                    false)))
        .andGivenCurrentTime(NOW)
        .when(
            new RecordReportCommand(
                ID,
                new ReportId("S-1"),
                new ReportHeader(MPS, GUANGDONG, LocalDate.of(2020, 8, 12), "officer", null, null),
                new ShipmentInterception(12)))
        .expectResultMessagePayload(Acknowledgement.ALREADY_RECORDED)
        .expectNoEvents();
  }
}
