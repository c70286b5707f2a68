package org.liandong.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.wire.bson.BsonEncoder;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import java.time.Instant;
import java.util.List;
import org.h2.mvstore.WriteBuffer;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * H2 bounds the stand-in's page cache by what the value type says each document holds in the heap,
 * so that must be each document's own size, never below what its text alone takes.
 */
@DisplayName("the stand-in's estimate of a document's memory")
class BsonDocumentTypeTest {

  @Test
  @DisplayName("is each document's own, whatever was written before it")
  void estimatesEachDocument() {
    String payload = "举报线索核查后立案侦查，查获假冒注册商标的商品".repeat(40);
    Document event = storedEvent(payload);
    Document mark = new Document("_id", "durable").append("polls", 1L);

    write(event);
    write(mark);

    assertThat(BsonDocumentType.INSTANCE.getMemory(event))
        .as("at least the payload's characters, two bytes each in the heap")
        .isGreaterThan(2 * payload.length());
  }

  @Test
  @DisplayName("counts what nested documents and lists hold")
  void countsNestedValues() {
    Document flat = new Document("_id", "C-1");
    Document nested =
        new Document("_id", "C-1")
            .append("figures", new Document("seizures", 12L).append("arrests", 3L))
            .append("regions", List.of("11", "31", "44"))
            .append("at", Instant.parse("2026-12-01T10:00:00Z"));

    assertThat(BsonDocumentType.INSTANCE.getMemory(nested))
        .isGreaterThan(BsonDocumentType.INSTANCE.getMemory(flat) + bsonLength(nested));
  }

  private static Document storedEvent(String payload) {
    return new Document("_id", "0f6c2b0e-3f3c-4d0e-9a0e-5b1f3c2d4e5f")
        .append("aggregateIdentifier", "BLUE-NET-2020")
        .append("sequenceNumber", 4_242L)
        .append("type", "Campaign")
        .append("payloadType", "org.liandong.model.campaign.GoodsSeized")
        .append("serializedPayload", payload)
        .append("timestamp", "2026-12-01T10:00:00Z");
  }

  private static void write(Document document) {
    BsonDocumentType.INSTANCE.write(new WriteBuffer(), document);
  }

  private static int bsonLength(Document document) {
    ByteBuf encoded = Unpooled.buffer();
    BsonEncoder.encodeDocument(document, encoded);
    return encoded.readableBytes();
  }
}
