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
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.Lock;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantLock;
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
 * <p>So the store commits only here, never by itself, and only between writes: writes run side by
 * side under a shared lock, a commit takes it exclusively, and reads, which leave nothing half
 * done, take no lock at all (they register the version they read, so that no chunk they may still
 * need is written over). Every command, reads included (a read may show a write not yet committed),
 * waits before its answer leaves for a commit that started after it ran. Commits are grouped: one
 * commit runs at a time, the commands that arrive meanwhile wait for the next one, and the first of
 * them to wake starts it for all. A command that finds nothing uncommitted and no commit running is
 * answered at once, and so is one that says it needs no commit ({@link #asksForNoCommit}).
 *
 * <p>With no background writer the store is not compacted by itself either, and every commit leaves
 * a chunk behind, most of it soon obsolete: a thread of its own rewrites up to {@value
 * #COMPACTION_BYTES} bytes of the sparsest chunks every second, and the space of unused chunks is
 * written over after {@value #RETENTION_MILLIS} ms, so that the file stays near the size of its
 * live data.
 *
 * <p>A commit writes to the file, so a write survives the death of the process; it does not force
 * the disk (no fsync), so a power loss may still lose the last writes: production runs a real
 * MongoDB replica set with majority write concern (docs/operations.md).
 */
final class DurableH2Backend extends H2Backend {

  private static final Logger log = LoggerFactory.getLogger(DurableH2Backend.class);

  /**
   * How long the space of chunks no longer used is kept before it is written over. H2's default, 45
   * s, is for disks that may write out of order on a power loss, and this store does not force the
   * disk anyway; a process that dies leaves its writes in the operating system, and a read keeps
   * the chunks of the version it reads by registering it. At 45 s the file held a minute of
   * commits, a gigabyte at 60 reports a second.
   */
  private static final int RETENTION_MILLIS = 1_000;

  private static final Set<String> READ_ONLY_COMMANDS =
      Set.of(
          "find",
          "getMore",
          "count",
          "distinct",
          "listCollections",
          "listIndexes",
          "listDatabases",
          "hello",
          "isMaster",
          "ismaster",
          "ping",
          "buildInfo",
          "buildinfo",
          "getLastError",
          "getlasterror",
          "serverStatus",
          "dbStats",
          "collStats",
          "killCursors",
          "endSessions");

  /** The prefix mongo-java-server's H2 backend gives the map of a collection's size. */
  private static final String META_PREFIX = "meta.";

  private static final Duration COMPACTION_INTERVAL = Duration.ofSeconds(1);
  private static final int COMPACTION_BYTES = 8 << 20;
  private static final int COMPACTION_FILL_RATE = 80;

  private final MVStore store;
  private final ScheduledExecutorService compaction =
      Executors.newSingleThreadScheduledExecutor(
          task -> {
            Thread thread = new Thread(task, "stand-in-compaction");
            thread.setDaemon(true);
            return thread;
          });
  private final ReadWriteLock between = new ReentrantReadWriteLock();
  private final Lock commits = new ReentrantLock();
  private final Condition committed = commits.newCondition();
  private long started;
  private long finished;
  private boolean committing;

  /** Why the latest commit failed, or null: what it did not save, the next commit will. */
  private RuntimeException failure;

  private DurableH2Backend(MVStore store) {
    super(store);
    this.store = store;
  }

  static DurableH2Backend open(Path file) {
    MVStore store = new MVStore.Builder().fileName(file.toString()).autoCommitDisabled().open();
    store.setRetentionTime(RETENTION_MILLIS);
    StandInMaps.convert(store);
    DurableH2Backend backend = new DurableH2Backend(store);
    backend.compaction.scheduleWithFixedDelay(
        backend::compact,
        COMPACTION_INTERVAL.toMillis(),
        COMPACTION_INTERVAL.toMillis(),
        TimeUnit.MILLISECONDS);
    return backend;
  }

  /**
   * Rewrites the live pages of the sparsest chunks, beside the commands: like a command's writes,
   * what it changes is saved by the next commit, and it changes no content, so a commit that
   * catches it half done saves nothing half done.
   */
  private void compact() {
    try {
      store.compact(COMPACTION_FILL_RATE, COMPACTION_BYTES);
    } catch (RuntimeException e) {
      log.warn("compaction of the stand-in's file failed, trying again: {}", e.toString());
    }
  }

  @Override
  protected MongoDatabase openOrCreateDatabase(String databaseName) {
    return new Database(databaseName);
  }

  /**
   * A database whose collections keep their documents and indexes in BSON ({@link StandInMaps}) and
   * read one document for a query that names its {@code _id} ({@link KeyedH2Collection}). It is an
   * inner class because H2's database opens its collections in its constructor, before a field of a
   * subclass of its own could be set; the backend's store is set by then.
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
          StandInMaps.documents(store, fullName),
          store.openMap(META_PREFIX + fullName),
          cursorRegistry,
          store);
    }

    @Override
    protected Index<Object> openOrCreateUniqueIndex(
        String collectionName, String indexName, List<IndexKey> keys, boolean sparse) {
      StandInMaps.index(
          DurableH2Backend.this.getMvStore(),
          getFullCollectionNamespace(collectionName),
          indexName);
      return super.openOrCreateUniqueIndex(collectionName, indexName, keys, sparse);
    }
  }

  @Override
  public void close() {
    compaction.shutdownNow();
    try {
      compaction.awaitTermination(10, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    super.close();
  }

  @Override
  public Document handleCommand(Channel channel, String database, String command, Document query) {
    boolean awaitCommit = !asksForNoCommit(query);
    if (readsOnly(command, query)) {
      MVStore.TxCounter readingVersion = store.registerVersionUsage();
      try {
        return super.handleCommand(channel, database, command, query);
      } finally {
        store.deregisterVersionUsage(readingVersion);
        if (awaitCommit) {
          awaitCommitted();
        }
      }
    }
    between.readLock().lock();
    try {
      return super.handleCommand(channel, database, command, query);
    } finally {
      between.readLock().unlock();
      if (awaitCommit) {
        awaitCommitted();
      }
    }
  }

  /**
   * Whether the client said it needs no commit before the answer, in MongoDB's own words: a write
   * concern of {@code j: false} (acknowledged, not yet journaled), or a read concern of level
   * {@code local} (which may show writes not yet durable). A client that writes several commands
   * this way and then one with the default concern has them all in the file when that one is
   * answered: a commit saves everything done before it. The query side takes in a poll like this.
   */
  private static boolean asksForNoCommit(Document query) {
    return query.get("writeConcern") instanceof Document write
            && Boolean.FALSE.equals(write.get("j"))
        || query.get("readConcern") instanceof Document read && "local".equals(read.get("level"));
  }

  /**
   * Whether a command changes nothing, so that a commit cannot catch it half done and need not wait
   * for it: a scan of a large collection would otherwise hold up every commit, and with it every
   * command, for as long as it reads. What is not known to read only is treated as a write.
   */
  private static boolean readsOnly(String command, Document query) {
    if (command.equals("aggregate")) {
      Object pipeline = query.get("pipeline");
      return pipeline instanceof List<?> stages
          && stages.stream()
              .noneMatch(
                  stage ->
                      stage instanceof Document document
                          && (document.containsKey("$out") || document.containsKey("$merge")));
    }
    return READ_ONLY_COMMANDS.contains(command);
  }

  /** Returns once everything carried out so far is in the file. */
  private void awaitCommitted() {
    commits.lock();
    try {
      if (!committing && !store.hasUnsavedChanges()) {
        return;
      }
      long needed = started + 1;
      while (finished < needed) {
        if (committing) {
          committed.awaitUninterruptibly();
        } else {
          commitAsLeader();
        }
      }
      if (failure != null) {
        throw failure;
      }
    } finally {
      commits.unlock();
    }
  }

  /** Called holding {@code commits}, which it lets go while the store commits. */
  private void commitAsLeader() {
    committing = true;
    long number = ++started;
    commits.unlock();
    RuntimeException failed = null;
    between.writeLock().lock();
    try {
      store.commit();
    } catch (RuntimeException e) {
      failed = e;
    } finally {
      between.writeLock().unlock();
      commits.lock();
      finished = number;
      committing = false;
      failure = failed;
      committed.signalAll();
    }
  }
}
