package org.liandong.command.campaign;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.liandong.model.campaign.CampaignJson;

@DisplayName("Campaign snapshot: its members are read back pointing at the campaign read")
class CampaignSnapshotTest {

  private static final ObjectMapper JSON = CampaignJson.mapper();

  @Test
  @DisplayName("each member of a campaign read from a snapshot turns to that campaign")
  void membersPointBack() throws Exception {
    Campaign read = JSON.readValue(JSON.writeValueAsString(new Campaign()), Campaign.class);

    for (String member : new String[] {"membership", "tasks", "reports"}) {
      assertThat(read).extracting(member).extracting("campaign").as(member).isSameAs(read);
    }
  }
}
