package org.liandong.query.projection;

import static org.assertj.core.api.Assertions.assertThat;

import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.liandong.query.InMemoryMongo;

@DisplayName("Versions of a projection")
class ProjectionVersionsTest {

  private final InMemoryMongo mongo = new InMemoryMongo();
  private final ProjectionVersions versions = mongo.versions();

  @AfterEach
  void close() {
    mongo.close();
  }

  @Test
  @DisplayName("a new projection serves version 1; registering again changes nothing")
  void firstVersion() {
    versions.register("reports");
    versions.startRebuild("reports");
    versions.register("reports");

    assertThat(versions.state("reports").serving()).isEqualTo(1);
    assertThat(versions.state("reports").building()).isEqualTo(2);
  }

  @Test
  @DisplayName("one rebuild at a time; it takes over once, and the next drops the version before")
  void rebuildAndSwitchOver() {
    versions.register("reports");
    assertThat(versions.startRebuild("reports")).map(ProjectionState::building).contains(2);
    assertThat(versions.startRebuild("reports")).isEmpty();

    assertThat(versions.switchOver("reports", 2)).isTrue();
    assertThat(versions.switchOver("reports", 2)).isFalse();
    ProjectionState switched = versions.state("reports");
    assertThat(switched.serving()).isEqualTo(2);
    assertThat(switched.previous()).isEqualTo(1);
    assertThat(switched.building()).isNull();

    for (int version = 1; version <= 3; version++) {
      mongo
          .template()
          .insert(new Document("_id", "x"), ProjectionVersions.collection("reports", version));
    }
    mongo.template().insert(new Document("_id", "x"), "reports_by_year_v1");
    assertThat(versions.startRebuild("reports")).map(ProjectionState::building).contains(3);
    versions.dropUnused("reports");

    assertThat(mongo.template().getCollectionNames())
        .contains("reports_v2", "reports_v3", "reports_by_year_v1")
        .doesNotContain("reports_v1");
  }
}
