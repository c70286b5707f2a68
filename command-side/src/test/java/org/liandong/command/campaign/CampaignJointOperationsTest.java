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
import org.liandong.model.campaign.CaseKind;
import org.liandong.model.campaign.Money;
import org.liandong.model.campaign.RecordCaseFiledCommand;
import org.liandong.model.campaign.RecordGangsDismantledCommand;
import org.liandong.model.campaign.RecordShipmentsInterceptedCommand;
import org.liandong.model.campaign.RecordSuspectsArrestedCommand;
import org.liandong.model.campaign.RecordWebsitesClosedCommand;
import org.liandong.model.campaign.ReportId;
import org.liandong.model.campaign.RightType;
import org.liandong.model.campaign.ShipmentsIntercepted;
import org.liandong.model.campaign.SuspectsArrested;

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
            new RecordSuspectsArrestedCommand(
                ID,
                new ReportId("A-1"),
                MPS,
                GUANGDONG,
                LocalDate.of(2020, 8, 12),
                "officer",
                Set.of(NCAC),
                null,
                16))
        .expectEvents(
            new SuspectsArrested(
                ID,
                new ReportId("A-1"),
                MPS,
                GUANGDONG,
                LocalDate.of(2020, 8, 12),
                "officer",
                16,
                null,
                false,
                Set.of(NCAC)));
  }

  @Test
  @DisplayName("a co-operating department must take part in the campaign")
  void cooperatingMustTakePart() {
    fixture
        .given(inCrackdown())
        .andGivenCurrentTime(NOW)
        .when(
            new RecordWebsitesClosedCommand(
                ID,
                new ReportId("W-1"),
                MPS,
                GUANGDONG,
                LocalDate.of(2020, 8, 12),
                "officer",
                Set.of(SAMR),
                null,
                40))
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
            new RecordCaseFiledCommand(
                ID,
                new ReportId("C-1"),
                NCAC,
                SHANGHAI,
                LocalDate.of(2020, 8, 12),
                "officer",
                null,
                null,
                CaseKind.CRIMINAL,
                RightType.COPYRIGHT,
                3,
                new Money(new BigDecimal("1800000"))))
        .expectEvents(
            new CaseFiled(
                ID,
                new ReportId("C-1"),
                NCAC,
                SHANGHAI,
                LocalDate.of(2020, 8, 12),
                "officer",
                CaseKind.CRIMINAL,
                RightType.COPYRIGHT,
                3,
                new Money(new BigDecimal("1800000")),
                null,
                false,
                Set.of()));
    fixture
        .given(inCrackdown())
        .andGivenCurrentTime(NOW)
        .when(
            new RecordGangsDismantledCommand(
                ID,
                new ReportId("G-1"),
                MPS,
                GUANGDONG,
                LocalDate.of(2020, 8, 12),
                "officer",
                null,
                null,
                1))
        .expectSuccessfulHandlerExecution();
    fixture
        .given(
            inCrackdown(
                new ShipmentsIntercepted(
                    ID,
                    new ReportId("S-1"),
                    MPS,
                    GUANGDONG,
                    LocalDate.of(2020, 8, 12),
                    "officer",
                    12,
                    null,
                    false,
                    Set.of())))
        .andGivenCurrentTime(NOW)
        .when(
            new RecordShipmentsInterceptedCommand(
                ID,
                new ReportId("S-1"),
                MPS,
                GUANGDONG,
                LocalDate.of(2020, 8, 12),
                "officer",
                null,
                null,
                12))
        .expectResultMessagePayload(Acknowledgement.ALREADY_RECORDED)
        .expectNoEvents();
  }
}
