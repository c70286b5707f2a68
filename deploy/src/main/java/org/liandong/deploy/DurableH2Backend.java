package org.liandong.deploy;

import de.bwaldvogel.mongo.MongoCollection;
import de.bwaldvogel.mongo.MongoDatabase;
import de.bwaldvogel.mongo.backend.CollectionOptions;
import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.backend.h2.H2Database;
import de.bwaldvogel.mongo.bson.Document;
import io.netty.channel.Channel;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import org.h2.mvstore.MVStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The stand-in's H2 backend, answering nothing that is not on disk, and keeping nothing on disk
 * that is half done. Left to itself the MVStore commits about once a second, whatever is under way:
 * a process killed after answering a write could lose it, a reader could be shown (and publish) a
 * write that is then lost, and a commit could catch an insert between its index and its document,
 * which after a restart leaves a document its index does not know (seen in {@code CrashTest}).
 *
 * <p>So a command's changes go to a journal ({@link StandInJournal}) before it is answered, and the
 * store itself is committed only at a checkpoint, every five seconds, between commands: changes of
 * data run side by side under a shared lock, a checkpoint takes it exclusively, commits and empties
 * the journal. A start replays the journal onto the last commit. Reads, which leave nothing half
 * done, take no lock at all (they register the version they read, so that no chunk they may still
 * need is written over). Every command, reads included (a read may show a change not yet
 * journaled), waits before its answer leaves until the changes of every command begun before its
 * end are in the journal's file, unless it says it needs no such wait ({@link
 * StandInCommands#asksForNoWait}). Commands that change the structure (collections, indexes) are
 * not journaled: each runs alone and is followed by a checkpoint.
 *
 * <p>Committing the store at each answer, as before, wrote every page a command touched whole, its
 * unchanged values encoded again: 40 % of the commands' CPU (docs/benchmarks.md). A journal record
 * holds only the changed values, and a checkpoint writes a page once for all the commands of the
 * interval (ADR 0024).
 *
 * <p>With no background writer the store is not compacted by itself either, and every commit leaves
 * a chunk behind, most of it soon obsolete: after each checkpoint, a thread of its own rewrites up
 * to {@value #COMPACTION_BYTES} bytes of the sparsest chunks while live data fill less than half of
 * them, and the space of unused chunks is written over after {@value StandInFile#RETENTION_MILLIS}
 * ms, so that the file stays within about twice the size of its live data.
 *
 * <p>Neither the journal nor a commit forces the disk (no fsync), so a write survives the death of
 * the process, not a power loss: production runs a real MongoDB replica set with majority write
 * concern (docs/operations.md).
 */
final class DurableH2Backend extends H2Backend {

  private static final Logger log = LoggerFactory.getLogger(DurableH2Backend.class);

  /**
   * How often the file is committed. Each checkpoint writes every page changed since the last one
   * whole, its unchanged values encoded again, and the projections change the same pages many times
   * a second: at one a second the checkpoints and the compaction after them took a fifth of the
   * platform's CPU at 50 reports a second (docs/benchmarks.md). What a crash leaves is the same at
   * any interval: the journal holds what the file does not yet.
   */
  private static final Duration CHECKPOINT_INTERVAL = Duration.ofSeconds(5);

  /**
   * Compaction rewrites up to this many bytes of the sparsest chunks after a checkpoint, when live
   * data fill less than {@link #COMPACTION_FILL_RATE} per cent of the chunks: what it rewrites, the
   * next checkpoint encodes again, so a file kept at least half full costs a fraction of one kept
   * four-fifths full, for a file up to twice its live data.
   */
  private static final int COMPACTION_BYTES = 2 << 20;

  private static final int COMPACTION_FILL_RATE = 50;

  private final MVStore store;
  private final StandInJournal journal;
  private final ScheduledExecutorService maintenance =
      Executors.newSingleThreadScheduledExecutor(
          task -> {
            Thread thread = new Thread(task, "stand-in-maintenance");
            thread.setDaemon(true);
            return thread;
          });
  private final ReadWriteLock between = new ReentrantReadWriteLock();

  private DurableH2Backend(MVStore store, StandInJournal journal) {
    super(store);
    this.store = store;
    this.journal = journal;
  }

  static DurableH2Backend open(Path file) {
    return open(file, CHECKPOINT_INTERVAL);
  }

  /**
   * With checkpoints {@code checkpointInterval} apart: long ones let a test see the journal work.
   */
  static DurableH2Backend open(Path file, Duration checkpointInterval) {
    StandInJournal journal = StandInJournal.open(StandInFile.journalOf(file));
    DurableH2Backend backend = new DurableH2Backend(StandInFile.recovered(file, journal), journal);
    backend.maintenance.scheduleWithFixedDelay(
        backend::maintain,
        checkpointInterval.toMillis(),
        checkpointInterval.toMillis(),
        TimeUnit.MILLISECONDS);
    return backend;
  }

  /**
   * A checkpoint, then compaction: it rewrites the live pages of the sparsest chunks beside the
   * commands, and like their changes what it changes is saved by the next checkpoint; it changes no
   * content, so a commit that catches it half done saves nothing half done.
   */
  private void maintain() {
    try {
      checkpoint();
      store.compact(COMPACTION_FILL_RATE, COMPACTION_BYTES);
    } catch (RuntimeException e) {
      log.warn("maintenance of the stand-in's file failed, trying again: {}", e.toString());
    }
  }

  /**
   * Commits, with no change under way, and empties the journal, which the commit now holds. Every
   * command that changes data waits meanwhile: how long is logged at DEBUG.
   */
  private void checkpoint() {
    long waited = System.nanoTime();
    between.writeLock().lock();
    long held = System.nanoTime();
    try {
      if (store.hasUnsavedChanges()) {
        store.commit();
      }
      journal.checkpointed();
    } finally {
      between.writeLock().unlock();
      long done = System.nanoTime();
      log.debug(
          "checkpoint: {} ms waiting for the commands under way, {} ms holding the others",
          (held - waited) / 1_000_000,
          (done - held) / 1_000_000);
    }
  }

  @Override
  protected MongoDatabase openOrCreateDatabase(String databaseName) {
    return new Database(databaseName);
  }

  /**
   * A database whose collections keep their documents and indexes in BSON, journaled ({@link
   * StandInMaps}), and read one document for a query that names its {@code _id} ({@link
   * KeyedH2Collection}). It is an inner class because H2's database opens its collections in its
   * constructor, before a field of a subclass of its own could be set; the backend's store is set
   * by then, and the maps of the collections it opens then were opened journaled by {@link
   * StandInFile#recovered}, before the backend's journal is set.
   */
  private final class Database extends H2Database {

    Database(String name) {
      super(name, DurableH2Backend.this.getMvStore(), DurableH2Backend.this.getCursorRegistry());
    }

    @Override
    protected MongoCollection<Object> openOrCreateCollection(
        String collectionName, CollectionOptions options) {
      MVStore store = DurableH2Backend.this.getMvStore();
      String fullName = getFullCollectionNamespace(collectionName);
      return new KeyedH2Collection(
          this,
          collectionName,
          options,
          JournaledMap.required(StandInMaps.documents(store, journal, fullName)),
          JournaledMap.required(StandInMaps.meta(store, journal, fullName)),
          cursorRegistry,
          index -> StandInMaps.index(store, journal, fullName, index));
    }

    @Override
    protected Index<Object> openOrCreateUniqueIndex(
        String collectionName, String indexName, List<IndexKey> keys, boolean sparse) {
      JournaledMap.required(
          StandInMaps.index(
              DurableH2Backend.this.getMvStore(),
              journal,
              getFullCollectionNamespace(collectionName),
              indexName));
      return super.openOrCreateUniqueIndex(collectionName, indexName, keys, sparse);
    }
  }

  @Override
  public void close() {
    maintenance.shutdownNow();
    try {
      maintenance.awaitTermination(10, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    between.writeLock().lock();
    try {
      super.close();
      journal.checkpointed();
      journal.close();
    } finally {
      between.writeLock().unlock();
    }
  }

  @Override
  public Document handleCommand(Channel channel, String database, String command, Document query) {
    try {
      switch (StandInCommands.kind(command, query)) {
        case READ:
          return read(channel, database, command, query);
        case DATA_CHANGE:
          return changeData(channel, database, command, query);
        default:
          return changeStructure(channel, database, command, query);
      }
    } finally {
      if (!StandInCommands.asksForNoWait(query)) {
        journal.awaitDurable();
      }
    }
  }

  private Document read(Channel channel, String database, String command, Document query) {
    MVStore.TxCounter readingVersion = store.registerVersionUsage();
    try {
      return super.handleCommand(channel, database, command, query);
    } finally {
      store.deregisterVersionUsage(readingVersion);
    }
  }

  private Document changeData(Channel channel, String database, String command, Document query) {
    between.readLock().lock();
    long ticket = journal.begin();
    try {
      return super.handleCommand(channel, database, command, query);
    } finally {
      journal.end(ticket);
      between.readLock().unlock();
    }
  }

  /**
   * Runs a command that adds, drops or renames collections or indexes alone, and commits after it:
   * the journal records changes of keys, not of maps.
   */
  private Document changeStructure(
      Channel channel, String database, String command, Document query) {
    between.writeLock().lock();
    try {
      return super.handleCommand(channel, database, command, query);
    } finally {
      between.writeLock().unlock();
      checkpoint();
    }
  }
}
