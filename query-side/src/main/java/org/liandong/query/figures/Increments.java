package org.liandong.query.figures;

import java.util.LinkedHashMap;
import java.util.Map;
import org.bson.Document;

/**
 * Counters to add to one projection document in one {@code $inc}. Amounts for the same path add up,
 * so that a correction can take out the old version and put in the new one in a single atomic
 * write.
 */
public final class Increments {

  private final Map<String, Long> counters = new LinkedHashMap<>();

  public void add(String path, long amount) {
    counters.merge(path, amount, Long::sum);
  }

  public Document toUpdate() {
    return new Document("$inc", new Document(Map.copyOf(counters)));
  }

  /** The counters as the document they would build from nothing: dotted paths become nesting. */
  public Document toDocument() {
    Document root = new Document();
    counters.forEach(
        (path, amount) -> {
          String[] keys = path.split("\\.");
          Document parent = root;
          for (int i = 0; i < keys.length - 1; i++) {
            parent = (Document) parent.computeIfAbsent(keys[i], key -> new Document());
          }
          parent.put(keys[keys.length - 1], amount);
        });
    return root;
  }
}
