package org.liandong.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** A case goes from market regulation to the police, on to the procuratorate, and comes back. */
@DisplayName("Case transfers between departments, with the time spent at each stage")
class CaseTransferTest {

  @Test
  @DisplayName("transferred, accepted, moved on and returned: every stage is on record")
  void caseMovesAndReturns() {
    LocalPlatform platform = TestPlatforms.shared();
    String commands = "http://localhost:" + platform.commandPort();
    String queries = "http://localhost:" + platform.queryPort();
    Instant before = Instant.now();
    int year = before.atZone(ZoneOffset.UTC).getYear();
    String transfer =
        """
        {"from": "%s", "to": "%s", "region": "13", "title": "Counterfeit drugs sold online"}
        """;
    assertThat(
            Http.post(
                    commands + "/cases/HB-2020-031/transfers/T1", transfer.formatted("SAMR", "MPS"))
                .status())
        .isEqualTo(201);
    assertThat(
            Http.post(
                    commands + "/cases/HB-2020-031/transfers/T1", transfer.formatted("SAMR", "MPS"))
                .status())
        .isEqualTo(200);
    assertThat(
            Http.post(
                    commands + "/cases/HB-2020-031/transfers/T1/acceptance",
                    "{\"department\": \"MPS\"}")
                .status())
        .isEqualTo(201);
    assertThat(
            Http.post(
                    commands + "/cases/HB-2020-031/transfers/T2", transfer.formatted("MPS", "SPP"))
                .status())
        .isEqualTo(201);
    Http.Response notHolder =
        Http.post(commands + "/cases/HB-2020-031/transfers/T3", transfer.formatted("SAMR", "SPC"));
    assertThat(notHolder.status()).isEqualTo(422);
    assertThat(notHolder.body().path("errors").get(0).path("field").asText()).isEqualTo("from");
    assertThat(
            Http.post(
                    commands + "/cases/HB-2020-031/transfers/T2/return",
                    "{\"department\": \"SPP\", \"reason\": \"evidence of the sales volume is missing\"}")
                .status())
        .isEqualTo(201);
    Http.Response unknown =
        Http.post(
            commands + "/cases/NO-SUCH-CASE/transfers/T1/acceptance", "{\"department\": \"MPS\"}");
    assertThat(unknown.status()).isEqualTo(404);
    assertThat(unknown.body().path("type").asText()).isEqualTo("/problems/unknown-case");

    await()
        .atMost(Duration.ofSeconds(60))
        .untilAsserted(
            () ->
                assertThat(
                        Http.get(queries + "/cases/HB-2020-031")
                            .body()
                            .path("stages")
                            .path(1)
                            .path("outcome")
                            .asText())
                    .isEqualTo("RETURNED"));
    JsonNode file = Http.get(queries + "/cases/HB-2020-031").body();
    assertThat(file.path("holder").path("code").asText()).isEqualTo("MPS");
    assertThat(file.path("waitingFor").isNull()).isTrue();
    JsonNode first = file.path("stages").get(0);
    assertThat(first.path("from").path("code").asText()).isEqualTo("SAMR");
    assertThat(first.path("to").path("code").asText()).isEqualTo("MPS");
    assertThat(first.path("outcome").asText()).isEqualTo("ACCEPTED");
    assertThat(first.path("transferId").asText()).isEqualTo("T1");
    assertThat(first.path("seconds").asLong()).isGreaterThanOrEqualTo(0);
    assertThat(file.path("stages").get(1).path("reason").asText()).contains("sales volume");
    assertThat(Http.get(queries + "/cases?department=MPS").body().findValuesAsText("caseId"))
        .contains("HB-2020-031");
    assertThat(
            Http.get(queries + "/departments/MPS").body().path("cases").findValuesAsText("caseId"))
        .contains("HB-2020-031");

    JsonNode then =
        Http.get(queries + "/statistics/" + year + "/as-of?recordedBy=" + before).body();
    JsonNode now = Http.get(queries + "/statistics/" + year).body();
    for (String figure : List.of("transferred", "accepted", "returned", "awaiting")) {
      long added =
          now.path("caseTransfers").path(figure).asLong()
              - then.path("caseTransfers").path(figure).asLong();
      assertThat(added)
          .as(figure)
          .isEqualTo(figure.equals("transferred") ? 2 : figure.equals("awaiting") ? 0 : 1);
    }
    assertThat(now.path("caseTransfersByRegion").findValuesAsText("code")).contains("13");
  }
}
