package org.liandong.deploy;

import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.wire.bson.BsonDecoder;
import de.bwaldvogel.mongo.wire.bson.BsonEncoder;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import org.h2.mvstore.WriteBuffer;
import org.h2.mvstore.type.BasicDataType;

/**
 * How the stand-in's H2 file holds a document: in BSON, with the stand-in's own codec, the one its
 * wire protocol uses, so that every document a client could send or be sent is written and read
 * back as it was. H2's default for values it does not know is Java serialization, which writes each
 * document's class descriptors again and took 30 % of the platform's CPU (docs/benchmarks.md).
 */
final class BsonDocumentType extends BasicDataType<Document> {

  static final BsonDocumentType INSTANCE = new BsonDocumentType();

  private BsonDocumentType() {}

  /**
   * What a document read from the file holds in the heap: H2 bounds its cache of pages by the sum
   * of these, so an estimate below the truth lets the cache outgrow its bound (an estimate taken
   * from the latest document written once let it fill a 1 GiB heap with stored events,
   * docs/benchmarks.md).
   */
  @Override
  public int getMemory(Document document) {
    return HeapSize.of(document);
  }

  @Override
  public void write(WriteBuffer buffer, Document document) {
    put(buffer, document);
  }

  @Override
  public Document read(ByteBuffer buffer) {
    return take(buffer);
  }

  /** Writes a document in BSON. */
  static void put(WriteBuffer buffer, Document document) {
    ByteBuf encoded = Unpooled.buffer();
    BsonEncoder.encodeDocument(document, encoded);
    buffer.put(encoded.nioBuffer());
  }

  /** Reads a document {@link #put} wrote, leaving the buffer after it. */
  static Document take(ByteBuffer buffer) {
    int length = buffer.duplicate().order(ByteOrder.LITTLE_ENDIAN).getInt();
    ByteBuffer bytes = buffer.slice();
    bytes.limit(length);
    buffer.position(buffer.position() + length);
    return BsonDecoder.decodeBson(Unpooled.wrappedBuffer(bytes));
  }

  @Override
  public Document[] createStorage(int size) {
    return new Document[size];
  }
}
