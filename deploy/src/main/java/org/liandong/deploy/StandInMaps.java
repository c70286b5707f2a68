package org.liandong.deploy;

import de.bwaldvogel.mongo.bson.Document;
import java.util.List;
import java.util.Map;
import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;
import org.h2.mvstore.type.DataType;
import org.h2.mvstore.type.ObjectDataType;
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

  /** The prefix it gives the map of a collection's metadata. */
  private static final String META = "meta.";

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

  /**
   * A collection's documents. Opened with a {@code journal} the map records each change in it; with
   * none (a file read outside the stand-in) it records nothing.
   */
  static MVMap<Object, Document> documents(
      MVStore store, StandInJournal journal, String collection) {
    return store.openMap(DOCUMENTS + collection, documentsBuilder(journal));
  }

  /**
   * The map of an index; opened here first, so that the backend, opening it by name, finds it open
   * in BSON.
   */
  static MVMap<Object, Object> index(
      MVStore store, StandInJournal journal, String collection, String index) {
    return store.openMap(collection + INDEX + index, indexBuilder(journal));
  }

  /** The map of a collection's metadata, in H2's own types, as the backend keeps it. */
  static MVMap<String, Object> meta(MVStore store, StandInJournal journal, String collection) {
    return store.openMap(
        META + collection, builder(journal, new ObjectDataType(), new ObjectDataType()));
  }

  /**
   * Opens, recording changes in {@code journal}, every map of the file that holds a collection's
   * documents, metadata or index, before the backend opens them by name: it then finds them open.
   */
  static void openAll(MVStore store, StandInJournal journal) {
    store.getMapNames().forEach(name -> named(store, journal, name));
  }

  /** The map of that name, opened as {@link #openAll} opens it; null if it is none of those. */
  @SuppressWarnings("unchecked")
  static MVMap<Object, Object> named(MVStore store, StandInJournal journal, String name) {
    MVMap<?, ?> map = null;
    if (name.startsWith(DOCUMENTS)) {
      map = documents(store, journal, name.substring(DOCUMENTS.length()));
    } else if (name.startsWith(META)) {
      map = meta(store, journal, name.substring(META.length()));
    } else if (name.contains(INDEX)) {
      map = store.openMap(name, indexBuilder(journal));
    }
    return (MVMap<Object, Object>) map;
  }

  /** A collection's documents by {@code _id}, keys and documents in BSON. */
  private static MVMap.MapBuilder<MVMap<Object, Document>, Object, Document> documentsBuilder(
      StandInJournal journal) {
    return builder(journal, BsonKeyType.INSTANCE, BsonDocumentType.INSTANCE);
  }

  /** An index's keys and the positions they point to, in BSON. */
  private static MVMap.MapBuilder<MVMap<Object, Object>, Object, Object> indexBuilder(
      StandInJournal journal) {
    return builder(journal, BsonKeyType.INSTANCE, BsonKeyType.INSTANCE);
  }

  private static <K, V> MVMap.MapBuilder<MVMap<K, V>, K, V> builder(
      StandInJournal journal, DataType<? super K> keys, DataType<? super V> values) {
    if (journal != null) {
      return new JournaledMap.Builder<>(journal, keys, values);
    }
    return new MVMap.Builder<K, V>().keyType(keys).valueType(values);
  }

  /**
   * Converts every map still in Java serialization, before anything else opens it. Each map is
   * copied to one of another name, committed along the way, then put in the old one's place and
   * marked converted in one commit: a process that dies meanwhile leaves the old map whole and
   * unmarked, and the next start converts it again. The copies are opened as {@link #openAll} opens
   * maps, since they stay open under the old ones' names.
   */
  static void convert(MVStore store, StandInJournal journal) {
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
        convert(store, format, name, documentsBuilder(journal));
      } else if (name.contains(INDEX)) {
        convert(store, format, name, indexBuilder(journal));
      }
    }
    format.clear();
    format.put(ALL, ALL);
    store.commit();
  }

  private static <V> void convert(
      MVStore store,
      MVMap<String, String> format,
      String name,
      MVMap.MapBuilder<MVMap<Object, V>, Object, V> inBson) {
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
}
