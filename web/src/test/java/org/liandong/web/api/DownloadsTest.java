package org.liandong.web.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.springframework.test.web.client.match.MockRestRequestMatchers.requestTo;
import static org.springframework.test.web.client.response.MockRestResponseCreators.withSuccess;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.client.MockRestServiceServer;
import org.springframework.web.client.RestClient;
import org.springframework.web.server.ResponseStatusException;

@DisplayName("A spreadsheet download")
class DownloadsTest {

  private final RestClient.Builder builder = RestClient.builder().baseUrl("http://query");
  private final MockRestServiceServer server = MockRestServiceServer.bindTo(builder).build();
  private final Downloads downloads =
      new Downloads(builder.build(), new ProblemReader(new ObjectMapper()));

  @Test
  @DisplayName("passes on the query side's csv or xlsx file")
  void spreadsheet() throws Exception {
    server
        .expect(requestTo("http://query/statistics/2020?format=csv"))
        .andRespond(withSuccess("figure,total", MediaType.parseMediaType("text/csv")));
    MockHttpServletResponse out = new MockHttpServletResponse();
    downloads.spreadsheet("/statistics/{year}", "csv", out, 2020);
    server.verify();
    assertThat(out.getContentType()).startsWith("text/csv");
    assertThat(out.getContentAsString()).isEqualTo("figure,total");
  }

  @Test
  @DisplayName("of any other format is not found, and the query side is not asked")
  void otherFormat() {
    ResponseStatusException refused =
        catchThrowableOfType(
            ResponseStatusException.class,
            () ->
                downloads.spreadsheet(
                    "/releases/{id}", "json", new MockHttpServletResponse(), "REL-2020-ANNUAL"));
    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    server.verify();
  }
}
