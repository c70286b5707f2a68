package org.liandong.deploy;

import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.backend.KeyValue;
import de.bwaldvogel.mongo.backend.ValueComparator;
import de.bwaldvogel.mongo.bson.Document;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.h2.mvstore.Cursor;
import org.h2.mvstore.MVMap;

/**
 * A query on a compound unique index of two keys, the first equal to a value and the second in a
 * range ({@code $gt}, {@code $gte}, {@code $lt}, {@code $lte}) or not named, answered from the
 * index's map, which {@link BsonKeyType} keeps in MongoDB's order: the events of one campaign from
 * a sequence on, as the event store reads them to load a campaign, or a campaign's snapshots, as
 * the snapshotter reads the latest. The stand-in's own index answers only equality of both keys,
 * and such a read scanned every event of every campaign, or decoded every campaign's snapshot.
 */
final class IndexRange {

  private static final Set<String> BOUNDS = Set.of("$gt", "$gte", "$lt", "$lte");
  private static final ValueComparator ORDER = ValueComparator.asc();

  private final Object first;
  private final Document range;

  private IndexRange(Object first, Document range) {
    this.first = normalized(first);
    this.range = range;
  }

  /**
   * The range a query asks of the index, if it asks for one and nothing else; all of the first
   * key's entries if it names only that.
   */
  static Optional<IndexRange> of(Index<Object> index, Document query) {
    List<IndexKey> keys = index.getKeys();
    Map<String, Object> conditions = conditions(query);
    if (!index.isUnique() || keys.size() != 2 || conditions == null) {
      return Optional.empty();
    }
    Object first = conditions.get(keys.get(0).getKey());
    if (!KeyedH2Collection.plainKeyValue(first)) {
      return Optional.empty();
    }
    if (conditions.size() == 1) {
      return Optional.of(new IndexRange(first, new Document()));
    }
    Object second = conditions.get(keys.get(1).getKey());
    if (conditions.size() != 2
        || !(second instanceof Document range)
        || range.isEmpty()
        || !BOUNDS.containsAll(range.keySet())) {
      return Optional.empty();
    }
    return Optional.of(new IndexRange(first, range));
  }

  /** The positions in the index's map, in its order. */
  Set<Object> positions(MVMap<Object, Object> index) {
    Set<Object> positions = new LinkedHashSet<>();
    Object lower = range.containsKey("$gte") ? range.get("$gte") : range.get("$gt");
    KeyValue from = lower == null ? new KeyValue(first) : new KeyValue(first, normalized(lower));
    Cursor<Object, Object> cursor = index.cursor(from);
    while (cursor.hasNext()) {
      KeyValue key = (KeyValue) cursor.next();
      if (ORDER.compare(key.get(0), first) != 0 || beyondUpper(key.get(1))) {
        break;
      }
      if (!range.containsKey("$gt") || ORDER.compare(key.get(1), bound("$gt")) > 0) {
        positions.add(cursor.getValue());
      }
    }
    return positions;
  }

  private boolean beyondUpper(Object second) {
    return (range.containsKey("$lt") && ORDER.compare(second, bound("$lt")) >= 0)
        || (range.containsKey("$lte") && ORDER.compare(second, bound("$lte")) > 0);
  }

  private Object bound(String operator) {
    return normalized(range.get(operator));
  }

  /** A query's conditions by field, from its top and a top-level {@code $and}; null if other. */
  private static Map<String, Object> conditions(Document query) {
    Map<String, Object> conditions = new LinkedHashMap<>();
    for (Map.Entry<String, Object> entry : query.entrySet()) {
      if (entry.getKey().equals("$and") && entry.getValue() instanceof List<?> parts) {
        for (Object part : parts) {
          if (!(part instanceof Document condition) || !addAll(conditions, condition)) {
            return null;
          }
        }
      } else if (entry.getKey().startsWith("$")
          || conditions.putIfAbsent(entry.getKey(), entry.getValue()) != null) {
        return null;
      }
    }
    return conditions;
  }

  private static boolean addAll(Map<String, Object> conditions, Document condition) {
    for (Map.Entry<String, Object> entry : condition.entrySet()) {
      if (entry.getKey().startsWith("$")
          || conditions.putIfAbsent(entry.getKey(), entry.getValue()) != null) {
        return false;
      }
    }
    return true;
  }

  /** A value as the stand-in's indexes hold it (a number as a double). */
  private static Object normalized(Object value) {
    return new KeyValue(value).normalized().get(0);
  }
}
