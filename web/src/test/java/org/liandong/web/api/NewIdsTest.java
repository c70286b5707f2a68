package org.liandong.web.api;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("A form's new id")
class NewIdsTest {

  @Test
  @DisplayName("is its prefix and the start of a random UUID in capitals, new each time")
  void fresh() {
    assertThat(NewIds.of("T-", 8)).matches("T-[0-9A-F]{8}");
    assertThat(NewIds.of("R-", 13)).matches("R-[0-9A-F]{8}-[0-9A-F]{4}");
    assertThat(NewIds.of("T-", 8)).isNotEqualTo(NewIds.of("T-", 8));
  }
}
