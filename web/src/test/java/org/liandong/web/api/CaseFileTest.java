package org.liandong.web.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("A case file as the pages read it")
class CaseFileTest {

  private static final Named GACC = new Named("GACC", "海关总署", "Customs");
  private static final Named MPS = new Named("MPS", "公安部", "Police");

  @Test
  @DisplayName("waiting for the receiver, which alone decides; the holder may not hand it on yet")
  void waiting() {
    CaseFile waiting = new CaseFile("C-1", "t", null, null, null, GACC, MPS, List.of(stage(null)));
    assertThat(waiting.awaiting().transferId()).isEqualTo("T1");
    assertThat(waiting.waitsFor("MPS")).isTrue();
    assertThat(waiting.waitsFor("GACC")).isFalse();
    assertThat(waiting.heldBy("GACC")).isFalse();
  }

  @Test
  @DisplayName("accepted: nothing waits, and the new holder may hand it on")
  void accepted() {
    CaseFile accepted =
        new CaseFile("C-1", "t", null, null, null, MPS, null, List.of(stage("ACCEPTED")));
    assertThat(accepted.awaiting()).isNull();
    assertThat(accepted.waitsFor("MPS")).isFalse();
    assertThat(accepted.heldBy("MPS")).isTrue();
    assertThat(accepted.stages().get(0).took().toHours()).isEqualTo(26);
  }

  @Test
  @DisplayName("a history page knows whether another follows")
  void historyPages() {
    assertThat(new HistoryPage("X", 0, 50, 51, null).more()).isTrue();
    assertThat(new HistoryPage("X", 1, 50, 51, null).more()).isFalse();
    assertThat(new HistoryPage("X", 0, 50, 50, null).more()).isFalse();
  }

  private static CaseFile.Stage stage(String outcome) {
    return new CaseFile.Stage(
        1,
        "T1",
        GACC,
        MPS,
        null,
        Instant.parse("2020-05-20T08:00:00Z"),
        outcome,
        null,
        outcome == null ? null : Instant.parse("2020-05-21T10:00:00Z"),
        26 * 3600);
  }
}
