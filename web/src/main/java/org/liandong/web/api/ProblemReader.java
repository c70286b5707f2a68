package org.liandong.web.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.springframework.http.HttpRequest;
import org.springframework.http.client.ClientHttpResponse;

/** Turns a side's error answer into an {@link ApiProblem}, whatever its body holds. */
final class ProblemReader {

  private final ObjectMapper json;

  ProblemReader(ObjectMapper json) {
    this.json = json;
  }

  void raise(HttpRequest request, ClientHttpResponse response) throws IOException {
    int status = response.getStatusCode().value();
    JsonNode body;
    try {
      body = json.readTree(response.getBody());
    } catch (IOException e) {
      // Not problem+json (a proxy's page): the status is all there is to tell.
      throw new ApiProblem(status, null, null, List.of());
    }
    List<FieldProblem> errors = new ArrayList<>();
    body.path("errors")
        .forEach(
            error ->
                errors.add(
                    new FieldProblem(error.path("field").asText(), error.path("reason").asText())));
    throw new ApiProblem(
        status,
        body.path("type").asText(null),
        body.path("detail").asText(body.path("title").asText(null)),
        errors);
  }
}
