package org.liandong.deploy;

import de.bwaldvogel.mongo.backend.KeyValue;
import de.bwaldvogel.mongo.backend.Missing;
import de.bwaldvogel.mongo.backend.ValueComparator;
import de.bwaldvogel.mongo.bson.Document;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.h2.mvstore.WriteBuffer;
import org.h2.mvstore.type.BasicDataType;

/**
 * How the stand-in's H2 file holds the keys of its maps (a document's {@code _id}, an index's key)
 * and an index's values (a document's {@code _id}): in BSON, ordered as MongoDB orders values. H2's
 * default writes every value it does not know, an object id or an index key among them, with Java
 * serialization, a stream of its own for each.
 */
final class BsonKeyType extends BasicDataType<Object> {

  static final BsonKeyType INSTANCE = new BsonKeyType();

  private static final String VALUE = "v";
  private static final String KEY = "k";
  private static final String MISSING = "m";

  private BsonKeyType() {}

  @Override
  public int getMemory(Object value) {
    return HeapSize.of(value);
  }

  @Override
  public void write(WriteBuffer buffer, Object value) {
    BsonDocumentType.put(buffer, wrapped(value));
  }

  @Override
  public Object read(ByteBuffer buffer) {
    Document wrapped = BsonDocumentType.take(buffer);
    if (wrapped.containsKey(KEY)) {
      return new KeyValue((List<?>) wrapped.get(KEY));
    }
    return wrapped.containsKey(MISSING) ? Missing.getInstance() : wrapped.get(VALUE);
  }

  /**
   * MongoDB's order of values, an index key's value by value. Values it holds equal but that are
   * not (a long and a double of the same number) are told apart by their encoding, so that only
   * equal keys compare equal.
   */
  @Override
  public int compare(Object one, Object other) {
    if (one instanceof String first && other instanceof String second) {
      return first.compareTo(second);
    }
    if (one instanceof KeyValue first && other instanceof KeyValue second) {
      for (int i = 0; i < Math.min(first.size(), second.size()); i++) {
        int order = compare(first.get(i), second.get(i));
        if (order != 0) {
          return order;
        }
      }
      return Integer.compare(first.size(), second.size());
    }
    int order = ValueComparator.asc().compare(one, other);
    if (order != 0 || Objects.equals(one, other)) {
      return order;
    }
    return Arrays.compare(encoded(one), encoded(other));
  }

  @Override
  public Object[] createStorage(int size) {
    return new Object[size];
  }

  private static Document wrapped(Object value) {
    if (value instanceof KeyValue key) {
      // A loop, not a stream: each commit wraps every key of every page it writes.
      List<Object> values = new ArrayList<>(key.size());
      key.forEach(values::add);
      return new Document(KEY, values);
    }
    return value instanceof Missing ? new Document(MISSING, true) : new Document(VALUE, value);
  }

  private static byte[] encoded(Object value) {
    WriteBuffer buffer = new WriteBuffer();
    BsonDocumentType.put(buffer, wrapped(value));
    ByteBuffer bytes = buffer.getBuffer().flip();
    byte[] encoded = new byte[bytes.remaining()];
    bytes.get(encoded);
    return encoded;
  }
}
