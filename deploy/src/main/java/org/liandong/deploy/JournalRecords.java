package org.liandong.deploy;

import java.nio.ByteBuffer;
import java.util.List;
import java.util.function.Function;
import java.util.zip.CRC32;
import org.h2.mvstore.DataUtils;
import org.h2.mvstore.MVMap;
import org.h2.mvstore.WriteBuffer;

/**
 * The form of the {@link StandInJournal}'s records. A record holds, for every key a command
 * changed, the map's name, the key, and the value the key holds when the record is made (or that it
 * holds none); it is framed by its length and CRC-32, so that a record cut short is recognised.
 * Records are made one at a time (the journal makes them under its lock).
 */
final class JournalRecords {

  static final int HEADER_BYTES = 8;

  private static final byte REMOVED = 0;
  private static final byte PUT = 1;

  /**
   * Where each record is made: H2's write buffer starts at 1 MiB, and a new one per record was 65 %
   * of all bytes allocated, humongous, with full collections (docs/benchmarks.md).
   */
  private final WriteBuffer buffer = new WriteBuffer();

  /** A key a command changed in a map. */
  record Change(MVMap<Object, Object> map, Object key) {}

  /** The framed record of what the changed keys hold now. */
  byte[] make(List<Change> changed) {
    WriteBuffer payload = buffer.clear();
    payload.putVarInt(changed.size());
    for (Change change : changed) {
      String name = change.map().getName();
      payload.putVarInt(name.length()).putStringData(name, name.length());
      change.map().getKeyType().write(payload, change.key());
      Object value = change.map().get(change.key());
      if (value == null) {
        payload.put(REMOVED);
      } else {
        payload.put(PUT);
        change.map().getValueType().write(payload, value);
      }
    }
    ByteBuffer bytes = payload.getBuffer().flip();
    byte[] body = new byte[bytes.remaining()];
    bytes.get(body);
    return ByteBuffer.allocate(HEADER_BYTES + body.length)
        .putInt(body.length)
        .putInt(crc(body))
        .put(body)
        .array();
  }

  /** The length of the payload a record's header announces (negative when the header is torn). */
  static int length(ByteBuffer header) {
    return header.getInt(0);
  }

  /** Whether the payload read after the header is the one the header's checksum was made of. */
  static boolean intact(ByteBuffer header, ByteBuffer payload) {
    return crc(payload.array()) == header.getInt(4);
  }

  /** Applies a record's payload to the maps {@code maps} opens by name. */
  static void apply(ByteBuffer payload, Function<String, MVMap<Object, Object>> maps) {
    int count = DataUtils.readVarInt(payload);
    for (int i = 0; i < count; i++) {
      MVMap<Object, Object> map = maps.apply(DataUtils.readString(payload));
      Object key = map.getKeyType().read(payload);
      if (payload.get() == PUT) {
        map.put(key, map.getValueType().read(payload));
      } else {
        map.remove(key);
      }
    }
  }

  private static int crc(byte[] bytes) {
    CRC32 crc = new CRC32();
    crc.update(bytes);
    return (int) crc.getValue();
  }
}
