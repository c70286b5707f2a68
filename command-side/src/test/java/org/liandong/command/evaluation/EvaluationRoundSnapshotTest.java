package org.liandong.command.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.liandong.model.campaign.CampaignJson;

@DisplayName("Evaluation round snapshot: its members are read back pointing at the round read")
class EvaluationRoundSnapshotTest {

  private static final ObjectMapper JSON = CampaignJson.mapper();

  @Test
  @DisplayName("each member of a round read from a snapshot turns to that round")
  void membersPointBack() throws Exception {
    EvaluationRound read =
        JSON.readValue(JSON.writeValueAsString(new EvaluationRound()), EvaluationRound.class);

    for (String member : new String[] {"staff", "scores", "appeals"}) {
      assertThat(read).extracting(member).extracting("round").as(member).isSameAs(read);
    }
  }
}
