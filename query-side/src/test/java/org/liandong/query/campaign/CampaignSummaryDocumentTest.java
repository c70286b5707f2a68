package org.liandong.query.campaign;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import org.bson.Document;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.liandong.model.campaign.CampaignFocus;
import org.liandong.model.campaign.Figure;
import org.liandong.model.campaign.Phase;
import org.liandong.model.code.DepartmentCode;
import org.liandong.model.code.RegionCode;
import org.liandong.query.InMemoryMongo;

@DisplayName("A campaign summary stored before the typed documents")
class CampaignSummaryDocumentTest {

  /** As the projection wrote it before it had a document type: the same shape it writes now. */
  private static final String STORED =
      """
      {"_id": "SWORD-NET-2020", "name": "Sword Net 2020", "focus": "ONLINE_MARKET",
       "leadDepartment": "NCAC", "participatingDepartments": ["MPS", "CAC"],
       "regions": ["44", "11"], "startsOn": "2020-06-01", "endsOn": "2020-11-30",
       "keyPoints": ["short video platforms"], "phase": "CRACKDOWN",
       "withdrawnDepartments": ["SAMR"], "targets": {"WEBSITES_CLOSED": {"$numberLong": "100"}},
       "launchedAt": "2020-05-20T08:00:00Z", "lastSequence": {"$numberLong": "7"},
       "tasks": {"assigned": {"$numberLong": "3"}, "completed": {"$numberLong": "1"},
                 "completedOnTime": {"$numberLong": "1"}},
       "totals": {"reports": {"$numberLong": "2"}, "websitesClosed": {"$numberLong": "40"}},
       "byWeek": {"2020-W27": {"reports": {"$numberLong": "2"}}},
       "byRegion": {"44": {"reports": {"$numberLong": "2"}}}}
      """;

  @Test
  @DisplayName("is read field by field, typed")
  void readsTyped() {
    CampaignSummaryDocument summary = CampaignSummaryDocument.read(Document.parse(STORED));

    assertThat(summary.campaignId().value()).isEqualTo("SWORD-NET-2020");
    assertThat(summary.focus()).isEqualTo(CampaignFocus.ONLINE_MARKET);
    assertThat(summary.phase()).isEqualTo(Phase.CRACKDOWN);
    assertThat(summary.leadDepartment()).isEqualTo(new DepartmentCode("NCAC"));
    assertThat(summary.regions()).containsExactly(new RegionCode("44"), new RegionCode("11"));
    assertThat(summary.withdrawnDepartments()).containsExactly(new DepartmentCode("SAMR"));
    assertThat(summary.startsOn()).isEqualTo(LocalDate.of(2020, 6, 1));
    assertThat(summary.launchedAt()).isEqualTo(Instant.parse("2020-05-20T08:00:00Z"));
    assertThat(summary.closedAt()).isNull();
    assertThat(summary.targets()).containsEntry(Figure.WEBSITES_CLOSED, 100L);
    assertThat(summary.tasks().assigned()).isEqualTo(3);
    assertThat(summary.tasks().cancelled()).isZero();
    assertThat(summary.figures().totals().count(Figure.WEBSITES_CLOSED)).isEqualTo(40);
    assertThat(summary.figures().byWeek()).containsOnlyKeys("2020-W27");
  }

  @Test
  @DisplayName("shows as before: codes named and sorted, dates and moments as written")
  void viewAsBefore() {
    CampaignSummaryView view =
        CampaignSummaryView.from(Document.parse(STORED), InMemoryMongo.COMPLETE);

    assertThat(view.regions()).extracting(entry -> entry.code()).containsExactly("11", "44");
    assertThat(view.startsOn()).isEqualTo("2020-06-01");
    assertThat(view.launchedAt()).isEqualTo("2020-05-20T08:00:00Z");
    assertThat(view.focus()).isEqualTo("ONLINE_MARKET");
    assertThat(view.targets()).containsEntry("WEBSITES_CLOSED", 100L);
    assertThat(view.targetsProgress())
        .singleElement()
        .satisfies(t -> assertThat(t.percent()).isEqualByComparingTo("40.0"));
  }
}
