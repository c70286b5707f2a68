package org.liandong.query.live;

import static org.assertj.core.api.Assertions.assertThatCode;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.liandong.query.campaign.CampaignSummaries;
import org.liandong.query.projection.ProjectionUpdated;

@DisplayName("Live campaign streams")
class CampaignLiveControllerTest {

  @Test
  @DisplayName(
      "an update of a history that is no campaign (a round, a release, a case) is passed over,"
          + " not thrown back into the projection's consumer")
  void otherHistories() {
    CampaignLiveController live = new CampaignLiveController(null);
    try {
      for (String subject : new String[] {"EVAL-2020", "REL-2020-ANNUAL", "TC-2024-NINGBO"}) {
        assertThatCode(() -> live.on(new ProjectionUpdated(CampaignSummaries.PROJECTION, subject)))
            .doesNotThrowAnyException();
      }
    } finally {
      live.stop();
    }
  }
}
