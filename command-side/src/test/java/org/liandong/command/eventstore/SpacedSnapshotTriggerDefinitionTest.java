package org.liandong.command.eventstore;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.SnapshotTrigger;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("snapshots of a campaign are spaced with its length")
class SpacedSnapshotTriggerDefinitionTest {

  @Test
  @DisplayName("every 250 events while short, then after an eighth of its events")
  void spacing() {
    List<Long> snapshots = new ArrayList<>();
    long[] sequence = {0};
    SnapshotTrigger trigger =
        new SpacedSnapshotTriggerDefinition((type, id) -> snapshots.add(sequence[0]), 250)
            .prepareTrigger(Object.class);
    trigger.initializationFinished();
    for (; sequence[0] < 20_000; sequence[0]++) {
      trigger.eventHandled(
          new GenericDomainEventMessage<>("Campaign", "C-1", sequence[0], "event"));
    }

    assertThat(snapshots).startsWith(249L, 499L, 749L);
    for (int i = 1; i < snapshots.size(); i++) {
      long gap = snapshots.get(i) - snapshots.get(i - 1);
      assertThat(gap).isGreaterThanOrEqualTo(Math.max(250, snapshots.get(i) / 8));
      assertThat(gap).isLessThanOrEqualTo(Math.max(250, snapshots.get(i) / 8) + 1);
    }
    assertThat(snapshots).hasSizeLessThan(20_000 / 250 / 2);
  }
}
