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

  /**
   * What a document is taken to hold in memory before one was written: H2 asks for every value it
   * caches, so the estimate is the size of the latest one written, twice over for the objects
   * around its bytes, not a walk of the document.
   */
  private volatile int estimatedMemory = 1_024;

  private BsonDocumentType() {}

  @Override
  public int getMemory(Document document) {
    return estimatedMemory;
  }

  @Override
  public void write(WriteBuffer buffer, Document document) {
    byte[] bytes = Encodings.of(document, value -> encode((Document) value));
    buffer.put(bytes);
    estimatedMemory = 2 * bytes.length;
  }

  @Override
  public Document read(ByteBuffer buffer) {
    byte[] bytes = next(buffer);
    Document document = decode(bytes);
    Encodings.remember(document, bytes);
    return document;
  }

  static byte[] encode(Document document) {
    ByteBuf encoded = Unpooled.buffer();
    BsonEncoder.encodeDocument(document, encoded);
    byte[] bytes = new byte[encoded.readableBytes()];
    encoded.readBytes(bytes);
    return bytes;
  }

  static Document decode(byte[] bytes) {
    return BsonDecoder.decodeBson(Unpooled.wrappedBuffer(bytes));
  }

  /** The bytes of the document the buffer is at, leaving the buffer after it. */
  static byte[] next(ByteBuffer buffer) {
    byte[] bytes = new byte[buffer.duplicate().order(ByteOrder.LITTLE_ENDIAN).getInt()];
    buffer.get(bytes);
    return bytes;
  }

  @Override
  public Document[] createStorage(int size) {
    return new Document[size];
  }
}
