package org.liandong.query.consuming;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Where the query side reads campaign events from")
class ConsumingPropertiesTest {

  @Test
  @DisplayName("a rebuild takes the topic in with at least one runner")
  void rebuildConsumers() {
    assertThat(properties(1).rebuildConsumers()).isEqualTo(1);
    assertThatThrownBy(() -> properties(0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("liandong.kafka.rebuild-consumers");
  }

  private static ConsumingProperties properties(int rebuildConsumers) {
    return new ConsumingProperties(
        "localhost:9092",
        "campaign-events",
        "liandong-query-side",
        Duration.ofSeconds(2),
        Duration.ofSeconds(1),
        rebuildConsumers,
        Map.of());
  }
}
