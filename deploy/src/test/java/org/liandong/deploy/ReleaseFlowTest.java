package org.liandong.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The office issues a release as of a cut-off; a report recorded after it shows as an adjustment
 * against the release and changes none of its figures; the release is an event with a history, and
 * prints as a PDF whose text has the Chinese headings and the figures.
 */
@DisplayName("Releases: issued as of a cut-off, later reports shown as adjustments")
class ReleaseFlowTest {

  private static final String CAMPAIGN = "RELEASE-2023";

  @Test
  @DisplayName("a report recorded after the cut-off is an adjustment, never a changed figure")
  void adjustment() throws Exception {
    LocalPlatform platform = TestPlatforms.shared();
    String commands = "http://localhost:" + platform.commandPort();
    String queries = "http://localhost:" + platform.queryPort();
    Http.post(
        commands + "/campaigns",
        """
        {"campaignId": "%s", "name": "Release test", "focus": "PIRACY",
         "leadDepartment": "NCAC", "regions": ["11"],
         "period": {"startsOn": "2023-01-01", "endsOn": "2023-12-31"}}
        """
            .formatted(CAMPAIGN));
    TestPlatforms.mobilise(commands, CAMPAIGN);
    assertThat(Http.post(reports(commands), closures("RF-1", 2884), "ncac").status())
        .isEqualTo(201);
    Instant cutOff = Instant.now();
    Http.Response issued =
        Http.post(
            commands + "/releases",
            """
            {"releaseId": "REL-2023-RELEASE", "year": 2023, "campaign": "%s", "cutOff": "%s",
             "title": {"zh": "发布测试", "en": "Release test"},
             "text": {"zh": "关闭网站2884个。", "en": "2,884 websites closed."}}
            """
                .formatted(CAMPAIGN, cutOff),
            "office");
    assertThat(issued.status()).as(issued.body().toString()).isEqualTo(201);
    Http.Response unknownCampaign =
        Http.post(
            commands + "/releases",
            """
            {"releaseId": "REL-2023-NOWHERE", "year": 2023, "campaign": "NOWHERE-2023",
             "cutOff": "%s", "title": {"zh": "无", "en": "None"}, "text": {"zh": "无", "en": "None"}}
            """
                .formatted(cutOff),
            "office");
    assertThat(unknownCampaign.status()).isEqualTo(422);
    assertThat(unknownCampaign.body().path("errors").get(0).path("field").asText())
        .isEqualTo("campaignId");
    assertThat(Http.post(reports(commands), closures("RF-2", 16), "ncac").status()).isEqualTo(201);

    await()
        .atMost(Duration.ofSeconds(30))
        .untilAsserted(
            () -> {
              JsonNode release = Http.get(queries + "/releases/REL-2023-RELEASE", "mps").body();
              assertThat(release.at("/figures/totals/websitesClosed").asLong()).isEqualTo(2884);
              assertThat(release.at("/adjustments/0/figure").asText()).isEqualTo("websitesClosed");
              assertThat(release.at("/adjustments/0/current").asLong()).isEqualTo(2900);
              assertThat(release.at("/adjustments/0/reports/0/reportId").asText())
                  .isEqualTo("RF-2");
              assertThat(release.at("/history/0/type").asText()).isEqualTo("ReleaseIssued");
              assertThat(release.at("/history/0/user").asText()).isEqualTo("office");
            });

    HttpResponse<byte[]> pdf = Http.getBytes(queries + "/printable/releases/REL-2023-RELEASE");
    assertThat(pdf.statusCode()).isEqualTo(200);
    assertThat(pdf.headers().firstValue("Content-Type").orElse("")).startsWith("application/pdf");
    try (PDDocument document = Loader.loadPDF(pdf.body())) {
      assertThat(new PDFTextStripper().getText(document))
          .contains("发布测试")
          .contains("全国合计")
          .contains("关闭网站数")
          .contains("2,884")
          .contains("2,900");
    }
  }

  private static String reports(String commands) {
    return commands + "/campaigns/" + CAMPAIGN + "/website-closures";
  }

  private static String closures(String reportId, int websites) {
    return """
        {"reportId": "%s", "department": "NCAC", "occurredOn": "2023-06-30",
         "reportedBy": "ncac", "websites": %d}
        """
        .formatted(reportId, websites);
  }
}
