package org.liandong.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.liandong.command.api.ReportKinds;
import org.liandong.model.campaign.Figure;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/** The query API's contract: its OpenAPI document, its refusals, its spreadsheet downloads. */
@DisplayName("The query API is documented, refuses bad parameters and downloads every table")
class QueryApiTest {

  private static LocalPlatform platform;
  private static String queries;

  @BeforeAll
  static void platform() {
    platform = TestPlatforms.shared();
    queries = "http://localhost:" + platform.queryPort();
    // The demo data is recorded when the platform starts, and projected at the projections' own
    // pace: its closure is Sword Net's last event, after which its summary changes no more.
    await()
        .atMost(Duration.ofSeconds(60))
        .until(
            () ->
                Http.get(queries + "/campaigns/SWORD-NET-2020")
                    .body()
                    .path("phase")
                    .asText()
                    .equals("CLOSED"));
  }

  @Test
  @DisplayName("every endpoint of both sides is in their OpenAPI documents")
  void everyEndpointDocumented() {
    assertDocumented(platform.querySide(), queries);
    assertDocumented(platform.commandSide(), "http://localhost:" + platform.commandPort());
    assertThat(Http.getBytes(queries + "/swagger-ui/index.html").statusCode()).isEqualTo(200);
  }

  @Test
  @DisplayName("the OpenAPI documents name every kind of report and every figure")
  void kindsAndFiguresDocumented() {
    JsonNode commandApi =
        Http.get("http://localhost:" + platform.commandPort() + "/v3/api-docs").body();
    JsonNode kinds = commandApi.at("/paths/~1campaigns~1{campaignId}~1{kind}/post/parameters");
    Set<String> named = new TreeSet<>();
    kinds.forEach(
        parameter -> {
          if (parameter.path("name").asText().equals("kind")) {
            parameter.path("schema").path("enum").forEach(kind -> named.add(kind.asText()));
          }
        });
    assertThat(named).isEqualTo(new TreeSet<>(ReportKinds.BY_PATH.keySet()));
    assertThat(commandApi.at("/components/schemas/CaseFiling/properties/right/enum"))
        .extracting(JsonNode::toString)
        .asString()
        .contains("TRADE_SECRET", "GEOGRAPHICAL_INDICATION", "PLANT_VARIETY");
    JsonNode queryApi = Http.get(queries + "/v3/api-docs").body();
    for (Figure figure : Figure.values()) {
      assertThat(
              queryApi.at("/components/schemas/TotalsView/properties/" + figure.field()).isObject())
          .as(figure.field())
          .isTrue();
    }
  }

  private static void assertDocumented(ConfigurableApplicationContext side, String base) {
    JsonNode document = Http.get(base + "/v3/api-docs").body();
    assertThat(document.path("openapi").asText()).startsWith("3.");
    Set<String> documented = new TreeSet<>();
    document
        .path("paths")
        .properties()
        .forEach(
            path ->
                path.getValue()
                    .fieldNames()
                    .forEachRemaining(
                        method -> documented.add(method.toUpperCase() + " " + path.getKey())));
    Set<String> mapped = new TreeSet<>();
    Map<RequestMappingInfo, HandlerMethod> handlers =
        side.getBean("requestMappingHandlerMapping", RequestMappingHandlerMapping.class)
            .getHandlerMethods();
    handlers.forEach(
        (mapping, handler) -> {
          if (handler.getBeanType().getPackageName().startsWith("org.liandong.")) {
            for (var method : mapping.getMethodsCondition().getMethods()) {
              for (String path : mapping.getPatternValues()) {
                // OpenAPI names a path variable without its pattern: {name:regex} as {name}
                mapped.add(method.name() + " " + path.replaceAll("\\{(\\w+):[^}]*}", "{$1}"));
              }
            }
          }
        });
    assertThat(mapped).isNotEmpty();
    assertThat(documented).containsAll(mapped);
    document.path("paths").properties().forEach(path -> assertPathParameters(path));
  }

  /** Each operation names exactly its path's variables as path parameters, and none elsewhere. */
  private static void assertPathParameters(Map.Entry<String, JsonNode> path) {
    Set<String> variables = new TreeSet<>();
    Matcher variable = Pattern.compile("\\{(\\w+)}").matcher(path.getKey());
    while (variable.find()) {
      variables.add(variable.group(1));
    }
    path.getValue()
        .properties()
        .forEach(
            operation -> {
              Set<String> inPath = new TreeSet<>();
              operation
                  .getValue()
                  .path("parameters")
                  .forEach(
                      parameter -> {
                        String name = parameter.path("name").asText();
                        if (parameter.path("in").asText().equals("path")) {
                          inPath.add(name);
                        } else {
                          assertThat(variables)
                              .as(operation.getKey() + " " + name)
                              .doesNotContain(name);
                        }
                      });
              assertThat(inPath)
                  .as(operation.getKey() + " " + path.getKey() + operation.getValue())
                  .isEqualTo(variables);
            });
  }

  static Stream<Arguments> badParameters() {
    return Stream.of(
        Arguments.of("/statistics/twenty", 400, "year"),
        Arguments.of("/campaigns/SWORD-NET-2020/reports?regoin=44", 400, "regoin"),
        Arguments.of("/campaigns/SWORD-NET-2020/reports?region=99", 400, "region"),
        Arguments.of("/campaigns/SWORD-NET-2020/reports?category=GOLD", 400, "category"),
        Arguments.of("/campaigns/SWORD-NET-2020/reports?kind=Rumour", 400, "kind"),
        Arguments.of("/campaigns/SWORD-NET-2020/reports?department=FBI", 400, "department"),
        Arguments.of("/campaigns/SWORD-NET-2020/reports?occurredFrom=July", 400, "occurredFrom"),
        Arguments.of(
            "/campaigns/SWORD-NET-2020/reports?occurredFrom=2020-09-01&occurredTo=2020-08-01",
            400,
            "occurredTo"),
        Arguments.of("/campaigns/SWORD-NET-2020/reports?size=501", 400, "size"),
        Arguments.of("/campaigns/SWORD-NET-2020/reports?page=-1", 400, "page"),
        Arguments.of("/campaigns/SWORD-NET-2020/reports?retracted=maybe", 400, "retracted"),
        Arguments.of("/campaigns/SWORD-NET-2020/as-of?recordedBy=noon", 400, "recordedBy"),
        Arguments.of("/departments/MPS/reports?format=csv&size=zero", 400, "size"),
        Arguments.of("/statistics/2020?format=csv&table=nope", 400, "table"),
        Arguments.of("/statistics/2020?format=pdf", 406, "format"),
        Arguments.of("/projections?verbose=true", 400, "verbose"),
        Arguments.of("/departments/FBI", 404, "department"),
        Arguments.of("/projections/nope", 404, "projection"));
  }

  @ParameterizedTest(name = "{0}: {1} naming {2}")
  @MethodSource("badParameters")
  @DisplayName("a bad query parameter is answered with problem+json naming it")
  void badParameter(String path, int status, String field) {
    Http.Response response = Http.get(queries + path);
    assertThat(response.status()).isEqualTo(status);
    assertThat(response.contentType()).startsWith("application/problem+json");
    assertThat(response.body().path("errors").findValuesAsText("field")).containsExactly(field);
    assertThat(response.body().path("detail").asText()).doesNotContain("Exception", "org.");
  }

  @Test
  @DisplayName("a dashboard as CSV and XLSX holds the same figures as its JSON")
  void downloads() throws Exception {
    JsonNode summary = Http.get(queries + "/campaigns/SWORD-NET-2020").body();
    JsonNode totals = summary.path("totals");

    HttpResponse<byte[]> csv = Http.getBytes(queries + "/campaigns/SWORD-NET-2020?format=csv");
    assertThat(csv.statusCode()).isEqualTo(200);
    assertThat(csv.headers().firstValue("Content-Type").orElse("")).startsWith("text/csv");
    assertThat(csv.headers().firstValue("Content-Disposition").orElse(""))
        .contains("SWORD-NET-2020.csv");
    byte[] bytes = csv.body();
    assertThat(new byte[] {bytes[0], bytes[1], bytes[2]})
        .containsExactly((byte) 0xEF, (byte) 0xBB, (byte) 0xBF);
    List<String> rows =
        List.of(new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8).split("\\R"));
    List<String> header = List.of(rows.get(0).split(","));
    List<String> total = List.of(rows.get(1).split(",", -1));
    assertThat(total.get(0)).isEqualTo("total");
    assertThat(total.get(header.indexOf("sitesRaided")))
        .isEqualTo(totals.path("sitesRaided").asText());
    assertThat(new BigDecimal(total.get(header.indexOf("goodsValueCny"))))
        .isEqualByComparingTo(totals.path("goodsValueCny").decimalValue());
    assertThat(rows).anyMatch(row -> row.startsWith("department,NCAC,"));
    assertThat(rows)
        .hasSize(
            1
                + 1
                + summary.path("byDepartment").size()
                + summary.path("byRegion").size()
                + summary.path("byWeek").size());

    HttpResponse<byte[]> categories =
        Http.getBytes(queries + "/campaigns/SWORD-NET-2020?format=csv&table=categories");
    assertThat(new String(categories.body(), StandardCharsets.UTF_8))
        .contains("code,nameZh,nameEn,seizures,goodsValueCny,unit,amount");

    HttpResponse<byte[]> xlsx = Http.getBytes(queries + "/campaigns/SWORD-NET-2020?format=xlsx");
    assertThat(xlsx.headers().firstValue("Content-Type").orElse(""))
        .isEqualTo("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx.body()))) {
      assertThat(workbook.getSheets().map(Sheet::getName))
          .containsExactly("figures", "categories", "targets");
      List<Row> sheet = workbook.getFirstSheet().read();
      List<String> columns = new ArrayList<>();
      sheet.get(0).forEach(cell -> columns.add(cell.getText()));
      assertThat(columns).isEqualTo(header);
      Row whole = sheet.get(1);
      assertThat(whole.getCellText(0)).isEqualTo("total");
      assertThat(whole.getCellAsNumber(columns.indexOf("sitesRaided")).orElseThrow())
          .isEqualByComparingTo(totals.path("sitesRaided").decimalValue());
      assertThat(whole.getCellAsNumber(columns.indexOf("goodsValueCny")).orElseThrow())
          .isEqualByComparingTo(totals.path("goodsValueCny").decimalValue());
    }
  }

  static Stream<String> tabularViews() {
    return Stream.of(
        "/campaigns",
        "/campaigns/SWORD-NET-2020",
        "/campaigns/SWORD-NET-2020/as-of?recordedBy="
            + URLEncoder.encode("2030-01-01T00:00:00Z", StandardCharsets.UTF_8),
        "/campaigns/SWORD-NET-2020/reports",
        "/departments/MPS",
        "/departments/MPS/as-of",
        "/departments/MPS/reports",
        "/statistics/2020",
        "/statistics/2020/as-of",
        "/releases/REL-2020-ANNUAL",
        "/typical-cases",
        "/cases");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("tabularViews")
  @DisplayName("every table downloads as CSV and XLSX")
  void everyTableDownloads(String path) throws Exception {
    String separator = path.contains("?") ? "&" : "?";
    HttpResponse<byte[]> csv = Http.getBytes(queries + path + separator + "format=csv");
    assertThat(csv.statusCode()).isEqualTo(200);
    assertThat(csv.body()[0]).isEqualTo((byte) 0xEF);
    HttpResponse<byte[]> xlsx = Http.getBytes(queries + path + separator + "format=xlsx");
    assertThat(xlsx.statusCode()).isEqualTo(200);
    try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx.body()))) {
      assertThat(workbook.getFirstSheet().read()).isNotEmpty();
    }
  }
}
