package org.liandong.deploy;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;
import org.h2.mvstore.WriteBuffer;
import org.h2.mvstore.type.ObjectDataType;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("the stand-in's journal")
class StandInJournalTest {

  @TempDir Path folder;

  @Test
  @Timeout(30)
  @DisplayName(
      "a command whose changes cannot be journaled is refused, and so is every one waiting, until"
          + " a checkpoint; none waits for it forever")
  void refusesUntilACheckpointWhenARecordCannotBeMade() {
    MVStore store = new MVStore.Builder().fileName(folder.resolve("store.mv").toString()).open();
    try (StandInJournal journal = StandInJournal.open(folder.resolve("store.mv.journal"))) {
      MVMap<Object, Object> map =
          store.openMap(
              "unwritable", new JournaledMap.Builder<>(journal, new ObjectDataType(), UNWRITABLE));
      long ticket = journal.begin();
      map.put("key", "value");

      assertThatThrownBy(() -> journal.end(ticket)).isInstanceOf(IllegalStateException.class);
      assertThatThrownBy(journal::awaitDurable)
          .as("a command waiting after it")
          .isInstanceOf(IllegalStateException.class);

      journal.checkpointed();
      assertThatCode(journal::awaitDurable).doesNotThrowAnyException();
    } finally {
      store.closeImmediately();
    }
  }

  /** A value type that cannot write its values. */
  private static final ObjectDataType UNWRITABLE =
      new ObjectDataType() {
        @Override
        public void write(WriteBuffer buffer, Object value) {
          throw new IllegalArgumentException("not writable");
        }
      };
}
