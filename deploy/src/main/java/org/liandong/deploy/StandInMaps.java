package org.liandong.deploy;

import de.bwaldvogel.mongo.bson.Document;
import java.util.List;
import java.util.Map;
import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;
import org.h2.mvstore.type.DataType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The maps of the stand-in's H2 file: a collection's documents by {@code _id}, and each unique
 * index's keys, opened with their keys and values in BSON ({@link BsonKeyType}, {@link
 * BsonDocumentType}). A file written before held them Java-serialized: it is converted once, when
 * it is opened, a map at a time.
 */
final class StandInMaps {

  private static final Logger log = LoggerFactory.getLogger(StandInMaps.class);

  /** The prefix mongo-java-server's H2 backend gives the map of a collection's documents. */
  private static final String DOCUMENTS = "databases.";

  /** What it puts between a collection's name and an index's in the name of the index's map. */
  private static final String INDEX = "._index_";

  private static final String COPY_PREFIX = "converting.";

  /** Which maps are in BSON: all, once {@link #ALL} is set; before, those named. */
  private static final String FORMAT = "liandong.map-format";

  private static final String ALL = "*";
  private static final String BSON = "bson";

  /** Entries converted between commits, so that a large map is not held in memory at once. */
  private static final int BATCH = 10_000;

  private StandInMaps() {}

  static MVMap<Object, Document> documents(MVStore store, String collection) {
    return store.openMap(DOCUMENTS + collection, documentsInBson());
  }

  /**
   * The map of an index; opened here first, so that the backend, opening it by name, finds it open
   * in BSON.
   */
  static MVMap<Object, Object> index(MVStore store, String collection, String index) {
    return store.openMap(collection + INDEX + index, indexInBson());
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
    List<String> names = store.getMapNames().stream().sorted().toList();
    for (String name : names) {
      if (BSON.equals(format.get(name))) {
        continue;
      }
      if (name.startsWith(DOCUMENTS)) {
        convert(store, format, name, documentsInBson());
      } else if (name.contains(INDEX)) {
        convert(store, format, name, indexInBson());
      }
    }
    format.clear();
    format.put(ALL, ALL);
    store.commit();
  }

  private static <V> void convert(
      MVStore store, MVMap<String, String> format, String name, MVMap.Builder<Object, V> inBson) {
    MVMap<Object, V> serialized = store.openMap(name);
    MVMap<Object, V> copy = store.openMap(COPY_PREFIX + name, inBson);
    int copied = 0;
    for (Map.Entry<Object, V> entry : serialized.entrySet()) {
      copy.put(entry.getKey(), entry.getValue());
      if (++copied % BATCH == 0) {
        store.commit();
      }
    }
    store.removeMap(serialized);
    store.renameMap(copy, name);
    format.put(name, BSON);
    store.commit();
    log.info("converted {} entries of {} from Java serialization to BSON", copied, name);
  }

  private static MVMap.Builder<Object, Document> documentsInBson() {
    return new MVMap.Builder<Object, Document>()
        .keyType(BsonKeyType.INSTANCE)
        .valueType(BsonDocumentType.INSTANCE);
  }

  private static MVMap.Builder<Object, Object> indexInBson() {
    DataType<Object> type = BsonKeyType.INSTANCE;
    return new MVMap.Builder<Object, Object>().keyType(type).valueType(type);
  }
}
