package org.liandong.deploy;

import de.bwaldvogel.mongo.bson.Document;
import java.util.List;
import java.util.Map;
import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The maps of the stand-in's H2 file that hold documents, one a collection, opened with their
 * values in BSON ({@link BsonDocumentType}). A file written before held them Java-serialized: it is
 * converted once, when it is opened, a map at a time.
 */
final class DocumentMaps {

  private static final Logger log = LoggerFactory.getLogger(DocumentMaps.class);

  /** The prefix mongo-java-server's H2 backend gives the map of a collection's documents. */
  static final String PREFIX = "databases.";

  private static final String COPY_PREFIX = "converting.";

  /** Which maps hold BSON: all, once {@link #ALL} is set; before, those named. */
  private static final String FORMAT = "liandong.document-format";

  private static final String ALL = "*";
  private static final String BSON = "bson";

  /** Entries converted between commits, so that a large map is not held in memory at once. */
  private static final int BATCH = 10_000;

  private DocumentMaps() {}

  static MVMap<Object, Document> open(MVStore store, String name) {
    return store.openMap(
        name, new MVMap.Builder<Object, Document>().valueType(BsonDocumentType.INSTANCE));
  }

  /**
   * Converts every map still in Java serialization, before anything else opens it. Each map is
   * copied to one of another name, committed along the way, then put in the old one's place and
   * marked converted in one commit: a process that dies meanwhile leaves the old map whole and
   * unmarked, and the next start converts it again.
   */
  static void convert(MVStore store) {
    MVMap<String, String> format = store.openMap(FORMAT);
    if (ALL.equals(format.get(ALL))) {
      return;
    }
    store.getMapNames().stream()
        .filter(name -> name.startsWith(COPY_PREFIX))
        .toList()
        .forEach(store::removeMap);
    List<String> names =
        store.getMapNames().stream().filter(name -> name.startsWith(PREFIX)).sorted().toList();
    for (String name : names) {
      if (!BSON.equals(format.get(name))) {
        convert(store, format, name);
      }
    }
    format.clear();
    format.put(ALL, ALL);
    store.commit();
  }

  private static void convert(MVStore store, MVMap<String, String> format, String name) {
    MVMap<Object, Document> serialized = store.openMap(name);
    MVMap<Object, Document> copy = open(store, COPY_PREFIX + name);
    int copied = 0;
    for (Map.Entry<Object, Document> entry : serialized.entrySet()) {
      copy.put(entry.getKey(), entry.getValue());
      if (++copied % BATCH == 0) {
        store.commit();
      }
    }
    store.removeMap(serialized);
    store.renameMap(copy, name);
    format.put(name, BSON);
    store.commit();
    log.info("converted {} documents of {} from Java serialization to BSON", copied, name);
  }
}
