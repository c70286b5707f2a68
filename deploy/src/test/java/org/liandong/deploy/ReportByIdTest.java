package org.liandong.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * One report read by its id (the web app's report page): as the listings scope reports, so does
 * this, and what a reader may not read is not there for it. The demo data's Sword Net 2020 has
 * MPS's raid in Guangdong (SN20-R-0001) and NCAC's national figure of websites closed
 * (SN20-R-0004).
 */
@DisplayName("A report read by its id, scoped like the listings")
class ReportByIdTest {

  private static final String REPORTS = "/campaigns/SWORD-NET-2020/reports/";

  private static String queries;

  @BeforeAll
  static void platform() {
    queries = "http://localhost:" + TestPlatforms.shared().queryPort();
    await()
        .atMost(Duration.ofSeconds(60))
        .until(() -> Http.get(queries + REPORTS + "SN20-R-0004").status() == 200);
  }

  @Test
  @DisplayName("the office reads any report, with its department, region and figures")
  void office() {
    Http.Response raid = Http.get(queries + REPORTS + "SN20-R-0001");

    assertThat(raid.status()).isEqualTo(200);
    assertThat(raid.body().path("reportId").asText()).isEqualTo("SN20-R-0001");
    assertThat(raid.body().path("department").asText()).isEqualTo("MPS");
    assertThat(raid.body().path("region").asText()).isEqualTo("44");
    assertThat(raid.body().path("figures").path("sites").asLong()).isEqualTo(3);
  }

  @Test
  @DisplayName("a department reads its own reports, and another department's is not found for it")
  void department() {
    assertThat(Http.get(queries + REPORTS + "SN20-R-0001", "mps").status()).isEqualTo(200);
    assertThat(Http.get(queries + REPORTS + "SN20-R-0004", "mps").status()).isEqualTo(404);
    assertThat(Http.get(queries + REPORTS + "SN20-R-0004", "ncac").status()).isEqualTo(200);
  }

  @Test
  @DisplayName("a user limited to a region does not find its department's report of another region")
  void region() {
    assertThat(Http.get(queries + REPORTS + "SN20-R-0001", "mps.hebei").status()).isEqualTo(404);
  }

  @Test
  @DisplayName("an unknown report is not found; a malformed id is refused naming it")
  void unknownAndMalformed() {
    assertThat(Http.get(queries + REPORTS + "SN20-R-9999").status()).isEqualTo(404);
    Http.Response malformed = Http.get(queries + REPORTS + "not%20an%20id");
    assertThat(malformed.status()).isEqualTo(400);
    assertThat(malformed.body().toString()).contains("reportId");
  }
}
