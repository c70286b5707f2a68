package org.liandong.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.mongodb.MongoCommandException;
import com.mongodb.MongoQueryException;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Sorts;
import java.nio.file.Path;
import java.util.ArrayList;
import org.bson.Document;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A query the stand-in would have to hold whole beyond its bound is refused as MongoDB refuses a
 * sort beyond its memory limit, and the store goes on: a read of a whole large collection once
 * filled the heap, and H2 closed the store.
 */
@DisplayName("the stand-in, asked for more than it holds for one query")
class StandInMemoryBoundTest {

  /** Each near the largest document MongoDB takes, so that few of them pass the bound. */
  private static final int CHARACTERS = 8 * 1024 * 1024;

  @TempDir Path folder;

  @Test
  @DisplayName("refuses the query with MongoDB's error, answers reads by key, and stays open")
  void refusesAndGoesOn() {
    try (EmbeddedMongo standIn = EmbeddedMongo.start(folder.resolve("store.mv"), "127.0.0.1", 0);
        MongoClient client = MongoClients.create(standIn.uri())) {
      MongoCollection<Document> large = client.getDatabase("test").getCollection("large");
      int documents = (int) (KeyedH2Collection.MATCHED_BYTES / (2L * CHARACTERS)) + 2;
      String text = "x".repeat(CHARACTERS);
      for (int n = 0; n < documents; n++) {
        large.insertOne(new Document("_id", "d" + n).append("n", n).append("text", text));
      }

      assertThatThrownBy(() -> large.find().sort(Sorts.descending("n")).into(new ArrayList<>()))
          .isInstanceOfSatisfying(
              MongoQueryException.class,
              refused -> {
                assertThat(refused.getErrorCode()).isEqualTo(292);
                assertThat(refused.getErrorMessage()).contains("large");
              });
      assertThatThrownBy(() -> large.find(Filters.gte("n", 0)).into(new ArrayList<>()))
          .isInstanceOf(MongoQueryException.class);

      assertThat(large.find().limit(1).first()).isNotNull();
      assertThat(large.find(Filters.eq("_id", "d" + (documents - 1))).first().getInteger("n"))
          .isEqualTo(documents - 1);
      large.insertOne(new Document("_id", "after").append("n", -1));
      assertThat(large.find(Filters.eq("_id", "after")).first()).isNotNull();
      assertThat(large.estimatedDocumentCount()).isEqualTo(documents + 1);
      assertThatThrownBy(() -> large.countDocuments(Filters.eq("_id", "after")))
          .describedAs("an aggregation reads the whole collection on the stand-in")
          .isInstanceOfSatisfying(
              MongoCommandException.class,
              refused -> assertThat(refused.getErrorCode()).isEqualTo(292));
      assertThat(large.find(Filters.eq("_id", "after")).first().getInteger("n")).isEqualTo(-1);
    }
  }
}
