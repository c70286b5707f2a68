package org.liandong.web.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.client.match.MockRestRequestMatchers.requestTo;
import static org.springframework.test.web.client.response.MockRestResponseCreators.withSuccess;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.http.HttpMessageConvertersAutoConfiguration;
import org.springframework.boot.autoconfigure.jackson.Jackson2ObjectMapperBuilderCustomizer;
import org.springframework.boot.autoconfigure.jackson.JacksonAutoConfiguration;
import org.springframework.boot.autoconfigure.web.client.RestClientAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.http.MediaType;
import org.springframework.test.web.client.MockRestServiceServer;
import org.springframework.web.client.RestClient;

@DisplayName("A side's answer, as the pages read it")
class AnswerReadingTest {

  private final ApplicationContextRunner app =
      new ApplicationContextRunner()
          .withConfiguration(
              AutoConfigurations.of(
                  JacksonAutoConfiguration.class,
                  HttpMessageConvertersAutoConfiguration.class,
                  RestClientAutoConfiguration.class))
          .withBean(
              Jackson2ObjectMapperBuilderCustomizer.class, () -> new ApiClients().answerReading());

  @Test
  @DisplayName("reads the fields a record names, a list or map left out or sent as null as empty")
  void emptyWhenAbsent() {
    app.run(
        context -> {
          RestClient.Builder builder = context.getBean(RestClient.Builder.class);
          MockRestServiceServer server = MockRestServiceServer.bindTo(builder).build();
          RestClient client = builder.baseUrl("http://side").build();
          server
              .expect(requestTo("http://side/evaluations/R"))
              .andRespond(
                  withSuccess(
                      """
                      {"roundId": "R", "lead": null, "unknown": 1,
                       "ranking": [{"region": {"code": "13"}, "sections": null}]}
                      """,
                      MediaType.APPLICATION_JSON));
          server
              .expect(requestTo("http://side/evaluations/S"))
              .andRespond(withSuccess("{\"roundId\": \"S\"}", MediaType.APPLICATION_JSON));
          server
              .expect(requestTo("http://side/typical-cases/T"))
              .andRespond(withSuccess("{\"typicalCaseId\": \"T\"}", MediaType.APPLICATION_JSON));

          EvaluationApi evaluations = new EvaluationApi(client, client);
          EvaluationRound round = evaluations.round("R");
          assertThat(round.ranking()).hasSize(1);
          assertThat(round.ranking().get(0).sections()).isEmpty();
          assertThat(round.ranking().get(0).recordedAfterCutOff()).isEmpty();
          assertThat(round.lead()).as("anything but a list or map stays null").isNull();
          assertThat(evaluations.round("S").ranking()).isEmpty();
          TypicalCase typical = new PublicationApi(client, client).typicalCase("T");
          assertThat(typical.figures()).isEmpty();
          assertThat(typical.title()).isNull();
          server.verify();
        });
  }
}
