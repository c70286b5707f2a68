package org.liandong.web.publication;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The release and typical-case forms")
class ReleaseFormTest {

  @Test
  @DisplayName("read the cut-off in Beijing time, send the year as a number, leave out blanks")
  void issue() {
    Map<String, Object> body =
        new ReleaseForm(
                "REL-2020-BLUE", "2020", "", "2021-01-01T08:00", "蓝网", "Blue Net", "正文", " ", null)
            .issue();
    assertThat(body.get("cutOff")).isEqualTo("2021-01-01T00:00:00Z");
    assertThat(body.get("year")).isEqualTo(new BigDecimal(2020));
    assertThat(body).doesNotContainKey("campaign");
    assertThat(body.get("text")).isEqualTo(Map.of("zh", "正文"));
  }

  @Test
  @DisplayName("send what does not read as a moment or a number as typed, for the API to refuse")
  void unreadable() {
    Map<String, Object> body =
        new ReleaseForm("REL-2020-X", "twenty", null, "soon", null, null, null, null, null).issue();
    assertThat(body.get("cutOff")).isEqualTo("soon");
    assertThat(body.get("year")).isEqualTo("twenty");
    assertThat(body.get("title")).isEqualTo(Map.of());
  }

  @Test
  @DisplayName("an amendment sends the texts and the reason, never the figures' cut-off")
  void amendment() {
    Map<String, Object> body =
        new ReleaseForm(
                "REL-2020-ANNUAL",
                "2020",
                null,
                "2021-01-01T08:00",
                "标题",
                "Title",
                "正文",
                "Text",
                "wording")
            .amendment();
    assertThat(body)
        .containsOnlyKeys("title", "text", "reason")
        .containsEntry("reason", "wording")
        .containsEntry("title", Map.of("zh", "标题", "en", "Title"));
  }

  @Test
  @DisplayName("a proposal goes in the department's name, its texts in both languages")
  void proposal() {
    Map<String, Object> body =
        new ProposalForm("TC-1", "KUNLUN-2025", "R-1", "TRADEMARK", "标题", "Title", "案情", "Story")
            .body("GACC");
    assertThat(body.get("department")).isEqualTo("GACC");
    assertThat(body.get("narrative")).isEqualTo(Map.of("zh", "案情", "en", "Story"));
    assertThat(ProposalForm.of("C", "R").typicalCaseId()).matches("TC-[0-9A-F]{8}");
  }
}
