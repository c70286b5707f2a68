package org.liandong.deploy;

import java.nio.file.Path;
import org.h2.mvstore.MVStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The stand-in's H2 file as {@link DurableH2Backend} opens it: H2's settings for a store that only
 * its checkpoints commit, and the recovery of what the journal holds beyond the last commit.
 */
final class StandInFile {

  private static final Logger log = LoggerFactory.getLogger(StandInFile.class);

  /**
   * How long the space of chunks no longer used is kept before it is written over. H2's default, 45
   * s, is for disks that may write out of order on a power loss, and this store does not force the
   * disk anyway; a process that dies leaves its writes in the operating system, and a read keeps
   * the chunks of the version it reads by registering it. At 45 s the file held a minute of
   * commits, a gigabyte at 60 reports a second.
   */
  static final int RETENTION_MILLIS = 1_000;

  /**
   * Unsaved changes, in KiB, past which the MVStore would commit by itself, in the middle of a
   * command: set beyond what a checkpoint interval gathers, so that only checkpoints commit.
   */
  private static final int NO_COMMIT_OF_ITS_OWN = 1 << 20;

  /**
   * The page cache, in MiB of decoded documents ({@link HeapSize}): a sixteenth of the 1 GiB heap
   * the whole local platform is sized for, four times H2's default, for the documents every
   * projection updates again and again.
   */
  private static final int CACHE_MIB = 64;

  private StandInFile() {}

  /** The journal beside the file. */
  static Path journalOf(Path file) {
    return Path.of(file + ".journal");
  }

  /**
   * Opens the file as its last commit left it, replays the journal onto it and commits. The maps
   * are opened journaled before the backend opens them by name, so that it finds them open.
   */
  static MVStore recovered(Path file, StandInJournal journal) {
    MVStore store =
        new MVStore.Builder()
            .fileName(file.toString())
            .autoCommitDisabled()
            .autoCommitBufferSize(NO_COMMIT_OF_ITS_OWN)
            .cacheSize(CACHE_MIB)
            .open();
    store.setRetentionTime(RETENTION_MILLIS);
    StandInMaps.convert(store, journal);
    StandInMaps.openAll(store, journal);
    int replayed = journal.replay(name -> StandInMaps.named(store, journal, name));
    store.commit();
    journal.checkpointed();
    if (replayed > 0) {
      log.info("replayed {} journal records onto the stand-in's file", replayed);
    }
    return store;
  }
}
