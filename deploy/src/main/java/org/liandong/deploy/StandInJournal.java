package org.liandong.deploy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.Lock;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;
import org.h2.mvstore.MVMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The stand-in's journal: what each command changed, appended to a file of its own before the
 * command is answered, so that the H2 file need only be committed now and then ({@link
 * DurableH2Backend}). A record ({@link JournalRecords}) holds what each key a command changed holds
 * when the record is made, so replaying records in order, once or twice, leaves each key as the
 * last record says: a record already in the H2 file when the process died changes nothing when it
 * is replayed.
 *
 * <p>A record is made when its command is done, never half way, so a replay never leaves an index
 * entry without its document. Records are written to the file in groups: the first command to wait
 * writes what every command has appended so far, and those that arrive meanwhile wait for the next
 * group. A write reaches the operating system, not the disk (no fsync): like the H2 file's commits,
 * it survives the death of the process, not a power loss.
 *
 * <p>A record cut short by the death of the process (never one that was answered) ends the replay.
 */
final class StandInJournal implements AutoCloseable {

  private static final Logger log = LoggerFactory.getLogger(StandInJournal.class);

  private final FileChannel file;
  private final ThreadLocal<List<JournalRecords.Change>> changes = new ThreadLocal<>();
  private final Lock lock = new ReentrantLock();
  private final Condition progress = lock.newCondition();
  private final TreeSet<Long> inFlight = new TreeSet<>();
  private final ByteArrayOutputStream pending = new ByteArrayOutputStream();

  /** Makes each record, under {@code lock}. */
  private final JournalRecords records = new JournalRecords();

  private long issued;
  private long appended;
  private long written;
  private boolean writing;

  /**
   * Why a record could not be made or written, or null. Until the next checkpoint saves what the
   * journal lacks, nothing more is written and every command waiting is refused: a record after a
   * gap could be replayed without the one before it.
   */
  private RuntimeException failure;

  private StandInJournal(FileChannel file) {
    this.file = file;
  }

  static StandInJournal open(Path path) {
    try {
      return new StandInJournal(
          FileChannel.open(
              path, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A command starts changing the store on this thread; the ticket goes to {@link #end}. */
  long begin() {
    changes.set(new ArrayList<>());
    lock.lock();
    try {
      inFlight.add(++issued);
      return issued;
    } finally {
      lock.unlock();
    }
  }

  /** Called by a {@link JournaledMap} for each key it changed. */
  @SuppressWarnings("unchecked")
  void changed(MVMap<?, ?> map, Object key) {
    List<JournalRecords.Change> changed = changes.get();
    if (changed != null) {
      changed.add(new JournalRecords.Change((MVMap<Object, Object>) map, key));
    }
  }

  /**
   * The command of {@code ticket} is done: what it changed is appended as one record. If the record
   * cannot be made, the command and every one waiting after it are refused until the next
   * checkpoint saves what the journal lacks; none waits for a command that will never end.
   */
  void end(long ticket) {
    List<JournalRecords.Change> changed = changes.get();
    changes.remove();
    lock.lock();
    try {
      if (changed != null && !changed.isEmpty()) {
        append(records.make(changed));
      }
    } catch (RuntimeException e) {
      failure = new IllegalStateException("a command's changes could not be journaled", e);
      throw failure;
    } finally {
      inFlight.remove(ticket);
      progress.signalAll();
      lock.unlock();
    }
  }

  /**
   * Returns once every change made by a command begun so far is in the file: the caller may then
   * answer whatever it read or wrote.
   */
  void awaitDurable() {
    lock.lock();
    try {
      long begun = issued;
      while (!inFlight.isEmpty() && inFlight.first() <= begun) {
        progress.awaitUninterruptibly();
      }
      long needed = appended;
      while (failure != null || written < needed) {
        if (failure != null) {
          throw failure;
        }
        if (writing) {
          progress.awaitUninterruptibly();
        } else {
          writeAsLeader();
        }
      }
    } finally {
      lock.unlock();
    }
  }

  /**
   * Everything appended so far is in the committed H2 file: the records are dropped, and those
   * waiting for them are let go. Called with no command in flight.
   */
  void checkpointed() {
    lock.lock();
    try {
      while (writing) {
        progress.awaitUninterruptibly();
      }
      pending.reset();
      written = appended;
      failure = null;
      file.truncate(0);
      progress.signalAll();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      lock.unlock();
    }
  }

  /**
   * Applies every whole record of the file, in order, to the maps {@code maps} opens by name, and
   * returns how many it applied.
   */
  int replay(Function<String, MVMap<Object, Object>> maps) {
    try {
      file.position(0);
      int applied = 0;
      ByteBuffer header = ByteBuffer.allocate(JournalRecords.HEADER_BYTES);
      while (readFully(header.clear())) {
        int length = JournalRecords.length(header);
        ByteBuffer payload = ByteBuffer.allocate(Math.max(length, 0));
        if (length < 0 || !readFully(payload) || !JournalRecords.intact(header, payload)) {
          log.warn("the journal ends in a record cut short, which no command was answered for");
          break;
        }
        JournalRecords.apply(payload.flip(), maps);
        applied++;
      }
      return applied;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() {
    try {
      file.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void append(byte[] record) {
    pending.writeBytes(record);
    appended += record.length;
  }

  /** Called holding {@code lock}, which it lets go while the group is written. */
  private void writeAsLeader() {
    writing = true;
    ByteBuffer group = ByteBuffer.wrap(pending.toByteArray());
    pending.reset();
    long end = appended;
    lock.unlock();
    RuntimeException failed = null;
    try {
      while (group.hasRemaining()) {
        file.write(group);
      }
    } catch (IOException e) {
      failed = new UncheckedIOException("the stand-in's journal could not be written", e);
    } finally {
      lock.lock();
      writing = false;
      if (failed == null) {
        written = end;
      } else {
        failure = failed;
      }
      progress.signalAll();
    }
  }

  private boolean readFully(ByteBuffer buffer) throws IOException {
    while (buffer.hasRemaining()) {
      if (file.read(buffer) < 0) {
        return false;
      }
    }
    return true;
  }
}
