package org.liandong.web.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.mock.http.client.MockClientHttpResponse;

@DisplayName("A side's refusal")
class ProblemReaderTest {

  private final ProblemReader reader = new ProblemReader(new ObjectMapper());

  @Test
  @DisplayName("is read from problem+json with the reason of each field it names")
  void problemJson() {
    String body =
        "{\"type\":\"/problems/invalid-field\",\"status\":400,"
            + "\"detail\":\"quantity.amount: must be positive\","
            + "\"errors\":[{\"field\":\"quantity.amount\",\"reason\":\"must be positive\"}]}";
    ApiProblem problem =
        catchThrowableOfType(
            ApiProblem.class,
            () ->
                reader.raise(
                    null,
                    new MockClientHttpResponse(
                        body.getBytes(StandardCharsets.UTF_8), HttpStatus.BAD_REQUEST)));
    assertThat(problem.status()).isEqualTo(400);
    assertThat(problem.refusesInput()).isTrue();
    assertThat(problem.type()).isEqualTo("/problems/invalid-field");
    assertThat(problem.fieldErrors())
        .containsExactly(java.util.Map.entry("quantity.amount", "must be positive"));
  }

  @Test
  @DisplayName("that is not JSON keeps its status and names no field")
  void notJson() {
    ApiProblem problem =
        catchThrowableOfType(
            ApiProblem.class,
            () ->
                reader.raise(
                    null,
                    new MockClientHttpResponse(
                        "<html>Bad gateway</html>".getBytes(StandardCharsets.UTF_8),
                        HttpStatus.BAD_GATEWAY)));
    assertThat(problem.status()).isEqualTo(502);
    assertThat(problem.refusesInput()).isFalse();
    assertThat(problem.fieldErrors()).isEmpty();
  }
}
