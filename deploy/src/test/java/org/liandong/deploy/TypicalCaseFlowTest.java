package org.liandong.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * A department proposes one of its reports as a typical case; a narrative naming a suspect or
 * holding an identity number is refused and nothing is stored; the draft is read by the office and
 * the proposer alone; the office returns it, the department proposes it again, the office publishes
 * it, and everybody lists and exports it.
 */
@DisplayName("Typical cases: proposed, refused when naming a suspect, returned, published")
class TypicalCaseFlowTest {

  private static final String CAMPAIGN = "TYPICAL-2024";
  private static String commands;
  private static String queries;

  @BeforeAll
  static void report() {
    LocalPlatform platform = TestPlatforms.shared();
    commands = "http://localhost:" + platform.commandPort();
    queries = "http://localhost:" + platform.queryPort();
    Http.post(
        commands + "/campaigns",
        """
        {"campaignId": "%s", "name": "Typical case test", "focus": "TRADE_SECRETS",
         "leadDepartment": "MPS", "regions": ["33"],
         "period": {"startsOn": "2024-01-01", "endsOn": "2024-12-31"}}
        """
            .formatted(CAMPAIGN));
    TestPlatforms.mobilise(commands, CAMPAIGN);
    Http.post(
        commands + "/campaigns/" + CAMPAIGN + "/suspect-arrests",
        """
        {"reportId": "TY-1", "department": "MPS", "region": "33", "occurredOn": "2024-06-15",
         "reportedBy": "mps", "suspects": 12}
        """,
        "mps");
  }

  private static Http.Response propose(String id, String narrativeZh, String user) {
    return Http.put(
        commands + "/typical-cases/" + id,
        """
        {"department": "MPS", "campaign": "%s", "report": "TY-1", "right": "TRADE_SECRET",
         "title": {"zh": "宁波侵犯商业秘密案", "en": "Ningbo trade secrets case"},
         "narrative": {"zh": "%s", "en": "Authorities arrested 12 suspects."}}
        """
            .formatted(CAMPAIGN, narrativeZh),
        user);
  }

  @Test
  @DisplayName("a narrative with a name or an identity number is refused, and nothing is stored")
  void refused() {
    for (String narrative : new String[] {"犯罪嫌疑人张伟等12人被抓获。", "查明嫌疑人身份证号330203198507121234。"}) {
      Http.Response response = propose("TC-2024-REFUSED", narrative, "mps");
      assertThat(response.status()).as(response.body().toString()).isEqualTo(400);
      assertThat(response.contentType()).startsWith("application/problem+json");
      assertThat(response.body().path("errors").get(0).path("field").asText())
          .isEqualTo("narrative.zh");
      assertThat(response.body().toString()).doesNotContain("张伟").doesNotContain("1234");
    }
    assertThat(Http.get(queries + "/typical-cases/TC-2024-REFUSED").status()).isEqualTo(404);
  }

  @Test
  @DisplayName("draft read by office and proposer alone; returned, proposed again, published")
  void lifecycle() throws Exception {
    String url = queries + "/typical-cases/TC-2024-FLOW";
    assertThat(propose("TC-2024-FLOW", "宁波警方抓获犯罪嫌疑人12名。", "mps").status()).isEqualTo(201);
    await().atMost(Duration.ofSeconds(30)).until(() -> Http.get(url).status() == 200);
    assertThat(Http.get(url, "mps").status()).isEqualTo(200);
    assertThat(Http.get(url, "samr").status()).isEqualTo(404);
    assertThat(Http.get(url, "auditor").status()).isEqualTo(404);

    Http.Response returned =
        Http.post(
            url.replace(queries, commands) + "/return",
            "{\"reason\": \"name the sector\"}",
            "office");
    assertThat(returned.status()).isEqualTo(201);
    await()
        .atMost(Duration.ofSeconds(30))
        .until(() -> Http.get(url, "mps").body().path("status").asText().equals("RETURNED"));
    assertThat(Http.get(url, "mps").body().path("returnedFor").asText())
        .isEqualTo("name the sector");
    assertThat(propose("TC-2024-FLOW", "宁波警方侦破新能源企业商业秘密案，抓获犯罪嫌疑人12名。", "mps").status())
        .isEqualTo(201);
    await()
        .atMost(Duration.ofSeconds(30))
        .until(() -> Http.get(url, "mps").body().path("status").asText().equals("PROPOSED"));
    assertThat(Http.post(url.replace(queries, commands) + "/approval", "", "office").status())
        .isEqualTo(201);

    await()
        .atMost(Duration.ofSeconds(30))
        .until(() -> Http.get(url, "samr").body().path("status").asText().equals("PUBLISHED"));
    JsonNode published = Http.get(url, "samr").body();
    assertThat(published.at("/region/code").asText()).isEqualTo("33");
    assertThat(published.at("/figures/suspectsArrested").asLong()).isEqualTo(12);
    JsonNode listed =
        Http.get(queries + "/typical-cases?year=2024&region=33&right=TRADE_SECRET", "gacc").body();
    assertThat(listed.findValuesAsText("typicalCaseId")).contains("TC-2024-FLOW");
    String csv =
        new String(
            Http.getBytes(queries + "/typical-cases?year=2024&format=csv").body(),
            StandardCharsets.UTF_8);
    assertThat(csv).contains("TC-2024-FLOW").contains("宁波警方侦破新能源企业商业秘密案");
    byte[] pdf = Http.getBytes(queries + "/printable/typical-cases?year=2024").body();
    try (PDDocument document = Loader.loadPDF(pdf)) {
      assertThat(new PDFTextStripper().getText(document))
          .contains("典型案例")
          .contains("宁波侵犯商业秘密案")
          .contains("抓获犯罪嫌疑人12名");
    }
  }
}
