package org.liandong.query.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("A table view's file name")
class TabularTest {

  @Test
  @DisplayName("as of a past moment ends with the moment, its colons made dashes")
  void asOf() {
    assertThat(Tabular.asOf(Instant.parse("2020-12-31T16:00:00Z")))
        .isEqualTo("-as-of-2020-12-31T16-00-00Z");
  }
}
