package org.liandong.deploy;

import de.bwaldvogel.mongo.MongoDatabase;
import de.bwaldvogel.mongo.backend.CollectionOptions;
import de.bwaldvogel.mongo.backend.CursorRegistry;
import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.QueryResult;
import de.bwaldvogel.mongo.backend.h2.H2Collection;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.bson.ObjectId;
import de.bwaldvogel.mongo.exception.MongoServerError;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;
import org.h2.mvstore.MVMap;

/**
 * A collection of the stand-in that reads the documents a query names, not the whole collection:
 * one by its {@code _id} among other conditions, several by an {@code _id} among a list, a range of
 * a compound unique index ({@link IndexRange}), or several by the keys of an {@code $or}, as a real
 * MongoDB does with its indexes. The stand-in's own indexes answer only a query on exactly their
 * keys, so the projections' guarded writes ({@code _id} and a sequence below the event's) scanned
 * the whole collection each, and so did loading a campaign (its events from a sequence on): their
 * cost grew with the collection.
 */
final class KeyedH2Collection extends H2Collection {

  private static final String ID = "_id";

  /** The query every document matches. */
  private static final Document EVERY = new Document();

  /**
   * What one query may hold of the documents it matched, as MongoDB bounds a sort in memory (its
   * {@code internalQueryMaxBlockingSortMemoryUsageBytes}). The stand-in holds every match of a
   * query at once, sorted or not: a read of a whole large collection (Axon's event stream from the
   * start, at 1,000,000 events) filled the heap, and H2, failing a write for want of memory, closed
   * the store. Refused, the query fails alone.
   */
  static final long MATCHED_BYTES = 100L * 1024 * 1024;

  private static final int EXCEEDED_MEMORY_LIMIT = 292;

  /** The bytes the current thread's query holds of its matches, while it runs. */
  private static final ThreadLocal<long[]> MATCHED = new ThreadLocal<>();

  /** The map of an index of this collection, by the index's name. */
  private final Function<String, MVMap<Object, Object>> indexMaps;

  KeyedH2Collection(
      MongoDatabase database,
      String collectionName,
      CollectionOptions options,
      MVMap<Object, Document> dataMap,
      MVMap<String, Object> metaMap,
      CursorRegistry cursorRegistry,
      Function<String, MVMap<Object, Object>> indexMaps) {
    super(database, collectionName, options, dataMap, metaMap, cursorRegistry);
    this.indexMaps = indexMaps;
  }

  /**
   * The size of the collection's data is not kept: it serves only the statistics commands, and
   * keeping it encoded every document twice more on each update (old and new) to measure it, 4 % of
   * the platform's CPU in the profile of docs/benchmarks.md.
   */
  @Override
  protected boolean tracksDataSize() {
    return false;
  }

  /**
   * Hands out each document found as a copy of its top level. An update changes in place the
   * document its query found, field by field, while a reader of the stored one may still be
   * encoding it for the wire, outside the collection's lock: readers saw documents between two
   * updates (two counters incremented together, one ahead of the other). Changed in a copy, which
   * then replaces it, a stored document is never changed after it is stored. The top level is
   * enough: an update puts new values in it, and changes no value it holds.
   */
  @Override
  protected QueryResult queryDocuments(
      Document query,
      Document orderBy,
      int numberToSkip,
      int limit,
      int batchSize,
      Document fieldSelector) {
    QueryResult found =
        super.queryDocuments(query, orderBy, numberToSkip, limit, batchSize, fieldSelector);
    List<Document> copies = new ArrayList<>();
    found.forEach(document -> copies.add(new Document(document)));
    return new QueryResult(copies, found.getCursorId());
  }

  /**
   * The documents one of the stand-in's own indexes found. A query of nothing but plain ids asks
   * nothing more of them: matched again, each was compared with every id listed, work growing with
   * the square of the list (a projection's poll reads its events' ids so, 500 at a time).
   */
  @Override
  protected QueryResult matchDocuments(
      Document query,
      Iterable<Object> positions,
      Document orderBy,
      int numberToSkip,
      int limit,
      int batchSize,
      Document fieldSelector) {
    boolean idsOnly =
        query.size() == 1 && (plain(query.get(ID)) != null || listedIds(query).isPresent());
    return super.matchDocuments(
        idsOnly ? EVERY : query, positions, orderBy, numberToSkip, limit, batchSize, fieldSelector);
  }

  @Override
  protected QueryResult matchDocuments(
      Document query,
      Document orderBy,
      int numberToSkip,
      int limit,
      int batchSize,
      Document fieldSelector) {
    Optional<Named> named = namedBy(query);
    if (named.isEmpty()) {
      return super.matchDocuments(query, orderBy, numberToSkip, limit, batchSize, fieldSelector);
    }
    return matchDocumentsFromStream(
        named.get().positions().stream().map(this::getDocument).filter(Objects::nonNull),
        named.get().exact() ? EVERY : query,
        orderBy,
        numberToSkip,
        limit,
        batchSize,
        fieldSelector);
  }

  @Override
  protected QueryResult matchDocumentsFromStream(
      Document query,
      Stream<Document> documents,
      int numberToSkip,
      int limit,
      int batchSize,
      Comparator<Document> order,
      Document fieldSelector) {
    MATCHED.set(new long[1]);
    try {
      return super.matchDocumentsFromStream(
          query, documents, numberToSkip, limit, batchSize, order, fieldSelector);
    } finally {
      MATCHED.remove();
    }
  }

  @Override
  protected boolean documentMatchesQuery(Document document, Document query) {
    boolean matches = super.documentMatchesQuery(document, query);
    long[] held = MATCHED.get();
    if (matches && held != null) {
      held[0] += HeapSize.of(document);
      if (held[0] > MATCHED_BYTES) {
        throw new MongoServerError(
            EXCEEDED_MEMORY_LIMIT,
            "QueryExceededMemoryLimitNoDiskUseAllowed",
            "the query matches more than the stand-in holds for one query ("
                + MATCHED_BYTES / (1024 * 1024)
                + " MiB) in "
                + getCollectionName()
                + ": read by key, or page with a limit");
      }
    }
    return matches;
  }

  /**
   * Where the documents a query can match are, and whether being there is all the query asks of
   * them (then they are not matched again).
   */
  private record Named(Set<Object> positions, boolean exact) {}

  /**
   * Where the documents a query can match are, if it names them: by {@code _id}, by a range of a
   * compound unique index ({@link IndexRange}), or in an {@code $or} of keys.
   */
  private Optional<Named> namedBy(Document query) {
    if (!ID.equals(getIdField())) {
      return Optional.empty();
    }
    Object id = namedId(query);
    if (id != null) {
      return Optional.of(new Named(Set.of(id), false));
    }
    Optional<Set<Object>> listed = listedIds(query);
    if (listed.isPresent()) {
      return Optional.of(new Named(listed.get(), false));
    }
    for (Index<Object> index : getIndexes()) {
      Optional<IndexRange> range = IndexRange.of(index, query);
      if (range.isPresent()) {
        return Optional.of(
            new Named(range.get().positions(indexMaps.apply(index.getName())), false));
      }
    }
    return orOfKeys(query);
  }

  /**
   * The documents of an {@code $or} whose every branch names one by {@code _id} or by an index. It
   * is exact when the {@code $or} is the whole query and each branch is exactly the key of a unique
   * index, in plain values: the publisher reads a history's next events so, and matched again, each
   * event was compared with every branch, work growing with the square of the batch (11 GB
   * allocated in 11 minutes of a backlog).
   */
  private Optional<Named> orOfKeys(Document query) {
    if (!(query.get("$or") instanceof List<?> branches) || branches.isEmpty()) {
      return Optional.empty();
    }
    Set<Object> positions = new LinkedHashSet<>();
    boolean exact = query.size() == 1;
    for (Object branch : branches) {
      if (!(branch instanceof Document named)) {
        return Optional.empty();
      }
      Object branchId = namedId(named);
      if (branchId != null) {
        positions.add(branchId);
        exact &= named.size() == 1 && named.containsKey(ID);
        continue;
      }
      Optional<Index<Object>> index =
          getIndexes().stream().filter(candidate -> candidate.canHandle(named)).findFirst();
      if (index.isEmpty()) {
        return Optional.empty();
      }
      index.get().getPositions(named).forEach(positions::add);
      exact &=
          index.get().isUnique()
              && named.values().stream().allMatch(KeyedH2Collection::plainKeyValue);
    }
    return Optional.of(new Named(positions, exact));
  }

  /** A value an index finds by equality alone: no operator, list, pattern or missing value. */
  static boolean plainKeyValue(Object value) {
    return value instanceof String || value instanceof Number || value instanceof ObjectId;
  }

  /**
   * The {@code _id} a query requires, at its top or in a top-level {@code $and}, or null. Only
   * strings and object ids: a number may match a stored number of another type, and an embedded
   * document or operator does not name one document.
   */
  private static Object namedId(Document query) {
    Object id = plain(query.get(ID));
    if (id != null) {
      return id;
    }
    if (query.get("$and") instanceof List<?> conditions) {
      for (Object condition : conditions) {
        if (condition instanceof Document document && plain(document.get(ID)) != null) {
          return document.get(ID);
        }
      }
    }
    return null;
  }

  /** The ids of an {@code _id: {$in: [...]}} at the query's top, if each is a plain one. */
  private static Optional<Set<Object>> listedIds(Document query) {
    if (!(query.get(ID) instanceof Document condition)
        || condition.size() != 1
        || !(condition.get("$in") instanceof List<?> ids)
        || !ids.stream().allMatch(listed -> plain(listed) != null)) {
      return Optional.empty();
    }
    return Optional.of(new LinkedHashSet<>(ids));
  }

  private static Object plain(Object value) {
    return value instanceof String || value instanceof ObjectId ? value : null;
  }
}
