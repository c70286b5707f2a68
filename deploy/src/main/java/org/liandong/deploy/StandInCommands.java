package org.liandong.deploy;

import de.bwaldvogel.mongo.bson.Document;
import java.util.List;
import java.util.Set;

/** What a command asks of the stand-in's file ({@link DurableH2Backend}), by its name and body. */
final class StandInCommands {

  enum Kind {
    /** Changes nothing, so that a checkpoint cannot catch it half done and need not wait for it. */
    READ,
    /** Changes documents only, in collections and indexes that exist or that it adds. */
    DATA_CHANGE,
    /** Adds, drops or renames collections or indexes, or is not known to be one of the others. */
    STRUCTURE_CHANGE
  }

  private static final Set<String> READ_ONLY =
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

  private static final Set<String> DATA_CHANGES =
      Set.of("insert", "update", "delete", "findAndModify", "findandmodify");

  private StandInCommands() {}

  /**
   * The kind of a command. A scan of a large collection must not hold up every checkpoint, and with
   * it every command, for as long as it reads, so reads are told apart, an aggregation among them
   * unless it writes its result ({@code $out}, {@code $merge}).
   */
  static Kind kind(String command, Document query) {
    if (command.equals("aggregate")) {
      Object pipeline = query.get("pipeline");
      boolean reads =
          pipeline instanceof List<?> stages
              && stages.stream()
                  .noneMatch(
                      stage ->
                          stage instanceof Document document
                              && (document.containsKey("$out") || document.containsKey("$merge")));
      return reads ? Kind.READ : Kind.STRUCTURE_CHANGE;
    }
    if (READ_ONLY.contains(command)) {
      return Kind.READ;
    }
    return DATA_CHANGES.contains(command) ? Kind.DATA_CHANGE : Kind.STRUCTURE_CHANGE;
  }

  /**
   * Whether the client said it needs no wait for the journal before the answer, in MongoDB's own
   * words: a write concern of {@code j: false} (acknowledged, not yet journaled), or a read concern
   * of level {@code local} (which may show writes not yet durable). A client that writes several
   * commands this way and then one with the default concern has them all in the file when that one
   * is answered. The query side takes in a poll like this.
   */
  static boolean asksForNoWait(Document query) {
    return query.get("writeConcern") instanceof Document write
            && Boolean.FALSE.equals(write.get("j"))
        || query.get("readConcern") instanceof Document read && "local".equals(read.get("level"));
  }
}
