package org.liandong.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpRequest;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.liandong.command.api.ReportBodies;
import org.liandong.command.api.ReportKinds;
import org.liandong.model.evaluation.AppealDecision;
import org.liandong.model.evaluation.RoundPhase;
import org.liandong.model.evaluation.Scheme;
import org.liandong.model.id.TargetId;
import org.springframework.core.MethodParameter;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Bad input for every field of every command endpoint, generated: the endpoints and their bodies
 * are read from the running command side (its request mappings and the records they bind), a valid
 * body is built for each, and each field in turn is made wrong in every way its type can be. A new
 * endpoint or field is covered without a line here; a field of a type this suite has no valid value
 * for fails it until one is added.
 *
 * <p>Each bad value must be refused with 400 problem+json naming the field, and nothing appended to
 * the history. What is legitimately accepted is decided per case (see docs/security.md): leaving
 * out an optional field, and free text starting with a formula sign (kept as typed, neutralised in
 * every download). Either way nothing answers 5xx. Each case signs in as a user of its own (a
 * bearer token), so that the per-user write limit does not meet the suite.
 */
@DisplayName("Generated bad input: every command endpoint, every field")
class GeneratedBadInputTest {

  private static final String CAMPAIGN = "GENERATED-2020";
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final AtomicInteger FRESH = new AtomicInteger();

  /**
   * Fields a request may leave out or send as null: accepted, as the contract makes them optional.
   */
  private static final Set<String> OPTIONAL =
      Set.of(
          "notes",
          "note",
          "cooperatingDepartments",
          "participatingDepartments",
          "estimatedValue",
          "valueInvolved",
          "right",
          "homeRegion",
          "region",
          "targets",
          "keyPoints",
          "campaignId",
          "reports");

  /**
   * Fields that only some endpoints take as optional, by a part of their path: the cases of an
   * arrest approval or a prosecution, each of the courts' figures (a report names at least one).
   */
  private static final Map<String, Set<String>> OPTIONAL_AT =
      Map.of(
          "/arrest-approvals",
          Set.of("cases"),
          "/prosecutions",
          Set.of("cases"),
          "/releases",
          Set.of("campaign"),
          "/court-conclusions",
          Set.of(
              "firstInstanceConcluded",
              "allInstancesReceived",
              "allInstancesConcluded",
              "compensationAwarded"));

  /** Fields optional elsewhere that an endpoint requires: a typical case names its right. */
  private static final Map<String, Set<String>> REQUIRED_AT =
      Map.of("/typical-cases", Set.of("right"));

  /** The round the evaluation endpoints name; any valid id, since no bad input reaches it. */
  private static final String ROUND = "EVAL-2099-G";

  /** Fields whose valid value is not the first of their type (a year, a section's code). */
  private static final Map<String, JsonNode> VALID_BY_NAME =
      Map.of("year", NODES.numberNode(2020), "section", NODES.textNode("B"));

  /** Enums whose first constant is refused where they are asked for. */
  private static final Map<Class<?>, String> VALID_CONSTANT =
      Map.of(RoundPhase.class, "OPEN", AppealDecision.class, "AMENDED");

  private static String commands;
  private static EventStore events;
  private static RequestMappingHandlerMapping mappings;

  @BeforeAll
  static void campaign() {
    LocalPlatform platform = TestPlatforms.shared();
    commands = "http://localhost:" + platform.commandPort();
    events = platform.commandSide().getBean(EventStore.class);
    mappings =
        platform
            .commandSide()
            .getBean("requestMappingHandlerMapping", RequestMappingHandlerMapping.class);
    Http.post(
        commands + "/campaigns",
        """
        {"campaignId": "GENERATED-2020", "name": "Generated input test", "focus": "IMPORT_EXPORT",
         "leadDepartment": "GACC", "participatingDepartments": ["MPS", "SAMR"], "regions": ["44"],
         "period": {"startsOn": "2020-03-01", "endsOn": "2020-12-31"}}
        """);
    TestPlatforms.mobilise(commands, CAMPAIGN);
    // Due long after today: the overdue watch would otherwise append to the campaign while a case
    // counts its events.
    Http.post(
        commands + "/campaigns/GENERATED-2020/tasks",
        """
        {"taskId": "G-TASK-1", "department": "MPS", "region": "44", "title": "x",
         "dueOn": "2099-06-30"}
        """);
    Http.post(
        commands + "/campaigns/GENERATED-2020/site-raids",
        """
        {"reportId": "G-REPORT-1", "department": "MPS", "region": "44",
         "occurredOn": "2020-05-01", "reportedBy": "gd.police", "sites": 1}
        """);
  }

  /**
   * A command endpoint: its method and path, and the records its body binds to (one, or a report's
   * parts side by side).
   */
  record Endpoint(String method, String path, List<Class<?>> parts, Set<String> fromPath) {

    String name() {
      return method + " " + path;
    }
  }

  @TestFactory
  Stream<DynamicNode> everyEndpoint() {
    List<Endpoint> endpoints = endpoints();
    assertThat(endpoints).as("the command endpoints found").hasSizeGreaterThan(20);
    return endpoints.stream()
        .map(endpoint -> DynamicContainer.dynamicContainer(endpoint.name(), cases(endpoint)));
  }

  /** Every POST and PUT of the command side with a body; a report path for each kind. */
  private static List<Endpoint> endpoints() {
    List<Endpoint> endpoints = new ArrayList<>();
    for (Map.Entry<RequestMappingInfo, HandlerMethod> entry :
        mappings.getHandlerMethods().entrySet()) {
      HandlerMethod handler = entry.getValue();
      if (!handler.getBeanType().getPackageName().startsWith("org.liandong.")) {
        continue;
      }
      Set<RequestMethod> methods = entry.getKey().getMethodsCondition().getMethods();
      MethodParameter body =
          Stream.of(handler.getMethodParameters())
              .filter(parameter -> parameter.hasParameterAnnotation(RequestBody.class))
              .findFirst()
              .orElse(null);
      if (body == null) {
        continue;
      }
      for (RequestMethod method : methods) {
        for (String path : entry.getKey().getPatternValues()) {
          if (path.contains("{kind}")) {
            String template = path.replace("{kind}", "%s");
            boolean correction = method == RequestMethod.PUT;
            ReportKinds.BY_PATH.forEach(
                (kind, details) ->
                    endpoints.add(
                        new Endpoint(
                            method.name(),
                            template.formatted(kind),
                            ReportBodies.partsOf(details, correction),
                            correction ? Set.of("reportId") : Set.of())));
          } else {
            endpoints.add(
                new Endpoint(method.name(), path, List.of(body.getParameterType()), Set.of()));
          }
        }
      }
    }
    endpoints.sort((a, b) -> a.name().compareTo(b.name()));
    return endpoints;
  }

  /** A field of a body, by its JSON path, and the Java type it binds to. */
  record Field(String path, Type type) {

    Class<?> raw() {
      return type instanceof ParameterizedType generic
          ? (Class<?>) generic.getRawType()
          : (Class<?>) type;
    }

    String name() {
      return path.substring(path.lastIndexOf('.') + 1);
    }
  }

  private static Stream<DynamicNode> cases(Endpoint endpoint) {
    List<DynamicNode> cases = new ArrayList<>();
    cases.add(
        refused(
            endpoint,
            "unknownField",
            "a field the request does not have",
            body -> body.put("unknownField", 1)));
    for (Class<?> part : endpoint.parts()) {
      for (Field field : fieldsOf(part, "", endpoint.fromPath())) {
        cases.addAll(casesOf(endpoint, field));
      }
    }
    return cases.stream();
  }

  private static List<Field> fieldsOf(Class<?> record, String prefix, Set<String> skipped) {
    List<Field> fields = new ArrayList<>();
    for (RecordComponent component : record.getRecordComponents()) {
      if (skipped.contains(component.getName())) {
        continue;
      }
      Field field = new Field(prefix + component.getName(), component.getGenericType());
      fields.add(field);
      if (isComposite(field.raw())) {
        fields.addAll(fieldsOf(field.raw(), field.path() + ".", Set.of()));
      }
    }
    return fields;
  }

  private static boolean optional(Endpoint endpoint, String name) {
    boolean here =
        OPTIONAL_AT.entrySet().stream()
            .anyMatch(at -> endpoint.path().contains(at.getKey()) && at.getValue().contains(name));
    boolean required =
        REQUIRED_AT.entrySet().stream()
            .anyMatch(at -> endpoint.path().contains(at.getKey()) && at.getValue().contains(name));
    return (OPTIONAL.contains(name) || here) && !required;
  }

  private static List<DynamicNode> casesOf(Endpoint endpoint, Field field) {
    List<DynamicNode> cases = new ArrayList<>();
    boolean optional = optional(endpoint, field.name()) && !field.path().contains(".");
    UnaryOperator<ObjectNode> asNull = body -> set(body, field.path(), NODES.nullNode());
    UnaryOperator<ObjectNode> missing = body -> remove(body, field.path());
    if (optional) {
      cases.add(either(endpoint, field.path(), "null", asNull));
      cases.add(either(endpoint, field.path(), "missing", missing));
    } else {
      cases.add(refused(endpoint, field.path(), "null", asNull));
      cases.add(refused(endpoint, field.path(), "missing", missing));
    }
    cases.add(
        refused(
            endpoint,
            field.path(),
            "an operator object {\"$gt\": \"\"}",
            body -> set(body, field.path(), operator())));
    Class<?> type = field.raw();
    if (type == String.class) {
      cases.addAll(textCases(endpoint, field, false));
    } else if (isTypedText(type) || type.isEnum()) {
      cases.add(wrong(endpoint, field, "a number for text", NODES.numberNode(12345)));
      cases.add(wrong(endpoint, field, "a list", NODES.arrayNode().add("MPS")));
      cases.add(wrong(endpoint, field, "a formula", NODES.textNode("=HYPERLINK(\"x\")")));
      cases.add(wrong(endpoint, field, "control characters", NODES.textNode("M\u0000PS")));
      cases.add(wrong(endpoint, field, "too long", NODES.textNode("A".repeat(300))));
    } else if (type == Integer.class || type == Long.class || type == int.class) {
      cases.add(wrong(endpoint, field, "a fraction", NODES.numberNode(new BigDecimal("1.5"))));
      cases.add(wrong(endpoint, field, "a number as text", NODES.textNode("2")));
      cases.add(wrong(endpoint, field, "negative", NODES.numberNode(-1)));
      cases.add(wrong(endpoint, field, "zero", NODES.numberNode(0)));
      cases.add(wrong(endpoint, field, "too large", NODES.numberNode(10_000_000_000_000L)));
      cases.add(
          wrong(endpoint, field, "beyond any integer", NODES.numberNode(new BigDecimal("1e20"))));
      cases.add(wrong(endpoint, field, "true", NODES.booleanNode(true)));
    } else if (isDecimal(type)) {
      cases.add(wrong(endpoint, field, "a number as text", NODES.textNode("12")));
      cases.add(wrong(endpoint, field, "negative", NODES.numberNode(new BigDecimal("-1"))));
      cases.add(
          wrong(endpoint, field, "too large", NODES.numberNode(new BigDecimal("10000000000000"))));
      cases.add(wrong(endpoint, field, "too precise", NODES.numberNode(new BigDecimal("1.23456"))));
    } else if (type == Instant.class) {
      cases.add(wrong(endpoint, field, "no instant", NODES.textNode("2021-13-45T00:00:00Z")));
      cases.add(wrong(endpoint, field, "a formula", NODES.textNode("=NOW()")));
    } else if (type == LocalDate.class) {
      cases.add(wrong(endpoint, field, "no date", NODES.textNode("2020-13-45")));
      cases.add(wrong(endpoint, field, "a number", NODES.numberNode(20200501)));
      cases.add(wrong(endpoint, field, "a formula", NODES.textNode("=TODAY()")));
    } else if (Collection.class.isAssignableFrom(type)) {
      cases.add(wrong(endpoint, field, "text for a list", NODES.textNode("MPS")));
      cases.add(wrong(endpoint, field, "a null element", NODES.arrayNode().addNull()));
      cases.add(wrong(endpoint, field, "an operator element", NODES.arrayNode().add(operator())));
      Type element = ((ParameterizedType) field.type()).getActualTypeArguments()[0];
      if (element == String.class) {
        cases.add(
            wrong(
                endpoint, field, "a too long element", NODES.arrayNode().add("x".repeat(25_000))));
        cases.add(wrong(endpoint, field, "a control character", NODES.arrayNode().add("a\u001bb")));
      } else {
        cases.add(wrong(endpoint, field, "an unknown element", NODES.arrayNode().add("=NOPE(1)")));
      }
    } else if (Map.class.isAssignableFrom(type)) {
      cases.add(wrong(endpoint, field, "text for an object", NODES.textNode("x")));
      cases.add(wrong(endpoint, field, "a fraction", NODES.objectNode().put("CASES_FILED", 1.5)));
      cases.add(wrong(endpoint, field, "text values", NODES.objectNode().put("CASES_FILED", "2")));
      cases.add(wrong(endpoint, field, "an unknown key", NODES.objectNode().put("=NOPE", 1)));
      cases.add(
          wrong(
              endpoint,
              field,
              "too large",
              NODES.objectNode().put("CASES_FILED", 10_000_000_000_000L)));
    } else if (isComposite(type)) {
      cases.add(wrong(endpoint, field, "text for an object", NODES.textNode("x")));
    } else {
      throw new IllegalStateException(
          field.path() + " of " + endpoint.name() + ": no cases for " + type);
    }
    return cases;
  }

  private static List<DynamicNode> textCases(Endpoint endpoint, Field field, boolean required) {
    String path = field.path();
    List<DynamicNode> cases = new ArrayList<>();
    if (required) {
      cases.add(refused(endpoint, path, "missing", body -> remove(body, path)));
    }
    cases.add(wrong(endpoint, field, "a number for text", NODES.numberNode(12345)));
    cases.add(wrong(endpoint, field, "true for text", NODES.booleanNode(true)));
    cases.add(wrong(endpoint, field, "a list for text", NODES.arrayNode().add("x")));
    cases.add(wrong(endpoint, field, "too long", NODES.textNode("x".repeat(25_000))));
    cases.add(wrong(endpoint, field, "control characters", NODES.textNode("a\u0000b\u001b[2J")));
    cases.add(
        either(
            endpoint,
            path,
            "a formula (free text: kept, neutralised in downloads)",
            body -> set(body, path, NODES.textNode("=HYPERLINK(\"http://x\",\"y\")"))));
    return cases;
  }

  private static DynamicNode wrong(Endpoint endpoint, Field field, String what, JsonNode value) {
    return refused(endpoint, field.path(), what, body -> set(body, field.path(), value));
  }

  private static DynamicNode refused(
      Endpoint endpoint, String field, String what, UnaryOperator<ObjectNode> mutation) {
    return DynamicTest.dynamicTest(
        field + ": " + what + " is refused",
        () -> {
          Sent sent = send(endpoint, mutation);
          assertThat(sent.response().status()).as(sent.describe()).isEqualTo(400);
          assertThat(sent.response().contentType()).startsWith("application/problem+json");
          assertThat(sent.response().body().path("type").asText())
              .isIn("/problems/invalid-field", "/problems/malformed-request");
          String named = sent.response().body().path("errors").path(0).path("field").asText();
          String root = field.contains(".") ? field.substring(0, field.lastIndexOf('.')) : field;
          assertThat(named)
              .as(sent.describe())
              .startsWith(field.equals("unknownField") ? field : root);
          assertThat(sent.eventsAfter()).as("events appended").isEqualTo(sent.eventsBefore());
        });
  }

  private static DynamicNode either(
      Endpoint endpoint, String field, String what, UnaryOperator<ObjectNode> mutation) {
    return DynamicTest.dynamicTest(
        field + ": " + what + " is taken or refused cleanly",
        () -> {
          Sent sent = send(endpoint, mutation);
          int status = sent.response().status();
          assertThat(status).as(sent.describe()).isLessThan(500);
          if (status >= 400) {
            assertThat(sent.response().contentType()).startsWith("application/problem+json");
            assertThat(sent.response().body().path("type").asText()).startsWith("/problems/");
          }
          if (status == 400) {
            assertThat(sent.eventsAfter()).isEqualTo(sent.eventsBefore());
          }
        });
  }

  record Sent(
      String path, String body, Http.Response response, long eventsBefore, long eventsAfter) {

    String describe() {
      return path + " " + body + " -> " + response.status() + " " + response.body();
    }
  }

  /** The history a request would append to, whose events must not change when it is refused. */
  private static String aggregate(String path, ObjectNode body, int n) {
    if (path.startsWith("/cases/")) {
      return "G-CASE-" + n;
    } else if (path.startsWith("/evaluations/")) {
      return ROUND;
    } else if (path.equals("/campaigns") || path.equals("/evaluations")) {
      return body.path(path.equals("/campaigns") ? "campaignId" : "roundId").asText("");
    } else if (path.equals("/releases")) {
      return body.path("releaseId").asText("");
    } else if (path.startsWith("/releases/")) {
      return "REL-2020-G-" + n;
    } else if (path.startsWith("/typical-cases/")) {
      return "TC-G-" + n;
    }
    return CAMPAIGN;
  }

  private static Sent send(Endpoint endpoint, UnaryOperator<ObjectNode> mutation) {
    int n = FRESH.incrementAndGet();
    ObjectNode body = NODES.objectNode();
    endpoint.parts().forEach(part -> body.setAll(validBody(part, endpoint.fromPath(), n)));
    mutation.apply(body);
    String path =
        endpoint
            .path()
            .replace("{campaignId}", CAMPAIGN)
            .replace("{taskId}", "G-TASK-1")
            .replace("{reportId}", "G-REPORT-1")
            .replace("{department}", "MPS")
            .replace("{caseId}", "G-CASE-" + n)
            .replace("{transferId}", "G-TR-" + n)
            .replace("{roundId}", ROUND)
            .replace("{evaluator}", "eval.generated")
            .replace("{region}", "44")
            .replace("{indicator}", "B1")
            .replace("{deductionId}", "G-D-" + n)
            .replace("{releaseId}", "REL-2020-G-" + n)
            .replace("{typicalCaseId}", "TC-G-" + n);
    String aggregate = aggregate(path, body, n);
    long before = count(aggregate);
    String json = body.toString();
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(commands + path))
            .header("Content-Type", "application/json")
            .header("Authorization", "Bearer " + tokenFor(path, body, n))
            .method(endpoint.method(), HttpRequest.BodyPublishers.ofString(json));
    Http.Response response = Http.send(request);
    return new Sent(path, abbreviated(json), response, before, count(aggregate));
  }

  /** The user the request is for (office or the department it names), under a name of its own. */
  private static String tokenFor(String path, ObjectNode body, int n) {
    String sender = DemoUsers.senderOf(path, body);
    Map<String, Object> claims =
        sender.equals("office")
            ? Map.of("role", "OFFICE")
            : Map.of("role", "DEPARTMENT", "department", sender.toUpperCase(Locale.ROOT));
    return TestPlatforms.IDENTITY_PROVIDER.token("generated-" + n, claims);
  }

  private static long count(String aggregate) {
    return aggregate.isEmpty() ? 0 : events.readEvents(aggregate).asStream().count();
  }

  /** A body that is valid but for what a case changes; ids fresh for each case. */
  private static ObjectNode validBody(Class<?> record, Set<String> skipped, int n) {
    if (record == Scheme.class) {
      return (ObjectNode) scheme();
    }
    ObjectNode body = NODES.objectNode();
    for (RecordComponent component : record.getRecordComponents()) {
      if (skipped.contains(component.getName())) {
        continue;
      }
      body.set(
          component.getName(),
          isTarget(record, component)
              ? NODES.textNode("G-LAUNCH-" + n)
              : validValue(component.getName(), component.getGenericType(), n));
    }
    return body;
  }

  private static JsonNode validValue(String name, Type type, int n) {
    Class<?> raw =
        type instanceof ParameterizedType generic
            ? (Class<?>) generic.getRawType()
            : (Class<?>) type;
    JsonNode named = VALID_BY_NAME.get(name);
    if (named != null) {
      return named;
    }
    if (raw == Instant.class) {
      return NODES.textNode("2021-01-31T16:00:00Z");
    }
    if (Collection.class.isAssignableFrom(raw)) {
      Type element = ((ParameterizedType) type).getActualTypeArguments()[0];
      return NODES.arrayNode().add(validValue(name + "[]", element, n));
    }
    if (Map.class.isAssignableFrom(raw)) {
      return NODES.objectNode().put("CASES_FILED", 1);
    }
    if (raw.isEnum()) {
      return NODES.textNode(
          VALID_CONSTANT.getOrDefault(raw, ((Enum<?>) raw.getEnumConstants()[0]).name()));
    }
    if (raw == String.class) {
      return NODES.textNode("generated text");
    }
    if (raw == Integer.class || raw == Long.class || raw == int.class) {
      return NODES.numberNode(1);
    }
    if (isDecimal(raw)) {
      return NODES.numberNode(new BigDecimal("10"));
    }
    if (raw == LocalDate.class) {
      return NODES.textNode(name.equals("endsOn") ? "2020-12-31" : "2020-05-01");
    }
    if (isTypedText(raw)) {
      return NODES.textNode(validText(raw.getSimpleName(), name, n));
    }
    if (isComposite(raw)) {
      return validBody(raw, Set.of(), n);
    }
    throw new IllegalStateException("no valid value known for " + name + " of " + type);
  }

  private static String validText(String type, String field, int n) {
    return switch (type) {
      case "CampaignId" -> CAMPAIGN;
      case "ReportId" -> field.endsWith("[]") ? "G-REPORT-1" : "G-R-" + n;
      case "TaskId" -> "G-T-" + n;
      case "DepartmentCode" ->
          switch (field) {
            case "leadDepartment" -> "GACC";
            case "to", "participatingDepartments[]", "cooperatingDepartments[]" -> "SAMR";
            default -> "MPS";
          };
      case "RegionCode" -> "44";
      case "RoundId" -> ROUND + "-" + n;
      case "ReleaseId" -> "REL-2020-G-" + n;
      case "TypicalCaseId" -> "TC-G-" + n;
      case "CategoryCode" -> "APPAREL";
      case "UnitCode" -> "kg";
      default ->
          throw new IllegalStateException("no valid value known for " + field + " of " + type);
    };
  }

  /** The id of the aggregate a command creates (a launch's campaign): fresh for each case. */
  private static boolean isTarget(Class<?> record, RecordComponent component) {
    try {
      return record.getDeclaredField(component.getName()).isAnnotationPresent(TargetId.class);
    } catch (NoSuchFieldException e) {
      throw new IllegalStateException(e);
    }
  }

  private static boolean isTypedText(Class<?> type) {
    return type.isRecord()
        && type.getRecordComponents().length == 1
        && type.getRecordComponents()[0].getType() == String.class;
  }

  private static boolean isDecimal(Class<?> type) {
    return type == BigDecimal.class
        || type.isRecord()
            && type.getRecordComponents().length == 1
            && type.getRecordComponents()[0].getType() == BigDecimal.class;
  }

  private static boolean isComposite(Class<?> type) {
    return type.isRecord() && type.getRecordComponents().length > 1;
  }

  private static ObjectNode operator() {
    return NODES.objectNode().put("$gt", "");
  }

  private static ObjectNode set(ObjectNode body, String path, JsonNode value) {
    int dot = path.indexOf('.');
    if (dot < 0) {
      body.set(path, value);
    } else if (body.get(path.substring(0, dot)) instanceof ObjectNode inner) {
      set(inner, path.substring(dot + 1), value);
    }
    return body;
  }

  private static ObjectNode remove(ObjectNode body, String path) {
    int dot = path.indexOf('.');
    if (dot < 0) {
      body.remove(path);
    } else if (body.get(path.substring(0, dot)) instanceof ObjectNode inner) {
      remove(inner, path.substring(dot + 1));
    }
    return body;
  }

  private static String abbreviated(String json) {
    return json.length() > 300 ? json.substring(0, 300) + "..." : json;
  }

  /** A well-formed scheme: one computed and one assessed indicator, 100 points in all. */
  private static JsonNode scheme() {
    try {
      return new ObjectMapper()
          .readTree(
              """
              {"version": 1, "flagThreshold": 5, "appealDays": 15,
               "grades": [{"name": "pass", "minTotal": 60}, {"name": "fail", "minTotal": 0}],
               "sections": [
                 {"code": "A", "title": "Results", "points": 60, "maxDeduction": 10,
                  "indicators": [{"code": "A1", "title": "Criminal cases filed",
                                  "kind": "COMPUTED", "points": 60, "figure": "CRIMINAL_CASES",
                                  "rule": "LINEAR_TO_TARGET", "target": 100}]},
                 {"code": "B", "title": "Mechanisms", "points": 40, "maxDeduction": 5,
                  "indicators": [{"code": "B1", "title": "Leadership", "kind": "ASSESSED",
                                  "points": 40}]}]}
              """);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
