package org.liandong.deploy;

import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.bson.Document;
import io.netty.channel.Channel;
import java.nio.file.Path;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import org.h2.mvstore.MVStore;

/**
 * The stand-in's H2 backend, answering nothing that is not on disk, and keeping nothing on disk
 * that is half done. Left to itself the MVStore commits about once a second, whatever is under way:
 * a process killed after answering a write could lose it, a reader could be shown (and publish) a
 * write that is then lost, and a commit could catch an insert between its index and its document,
 * which after a restart leaves a document its index does not know (seen in {@code CrashTest}).
 *
 * <p>So the store commits only here, never by itself, and only between commands: commands run side
 * by side under a shared lock, a commit takes it exclusively. Every command, reads included (a read
 * may show a write not yet committed), waits before its answer leaves for a commit that started
 * after it ran. Commits are grouped: while one runs, the commands that arrive wait for the next,
 * and the first of them to get the commit lock commits for all. A command that finds nothing
 * uncommitted and no commit running is answered at once.
 *
 * <p>A commit writes to the file, so a write survives the death of the process; it does not force
 * the disk (no fsync), so a power loss may still lose the last writes: production runs a real
 * MongoDB replica set with majority write concern (docs/operations.md).
 */
final class DurableH2Backend extends H2Backend {

  private final MVStore store;
  private final ReadWriteLock between = new ReentrantReadWriteLock();
  private final Object counters = new Object();
  private final Object commitLock = new Object();
  private long commitsStarted;
  private long commitsFinished;

  private DurableH2Backend(MVStore store) {
    super(store);
    this.store = store;
  }

  static DurableH2Backend open(Path file) {
    return new DurableH2Backend(
        new MVStore.Builder().fileName(file.toString()).autoCommitDisabled().open());
  }

  @Override
  public Document handleCommand(Channel channel, String database, String command, Document query) {
    between.readLock().lock();
    try {
      return super.handleCommand(channel, database, command, query);
    } finally {
      between.readLock().unlock();
      awaitCommitted();
    }
  }

  /** Returns once everything carried out so far is in the file. */
  private void awaitCommitted() {
    long needed;
    synchronized (counters) {
      if (commitsStarted == commitsFinished && !store.hasUnsavedChanges()) {
        return;
      }
      needed = commitsStarted + 1;
    }
    synchronized (commitLock) {
      if (commitsFinished >= needed) {
        return;
      }
      long number;
      synchronized (counters) {
        number = ++commitsStarted;
      }
      between.writeLock().lock();
      try {
        store.commit();
      } finally {
        between.writeLock().unlock();
        synchronized (counters) {
          commitsFinished = number;
        }
      }
    }
  }
}
