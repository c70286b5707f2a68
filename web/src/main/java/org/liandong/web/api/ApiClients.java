package org.liandong.web.api;

import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;
import org.liandong.web.WebProperties;
import org.springframework.boot.autoconfigure.jackson.Jackson2ObjectMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatusCode;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientProviderBuilder;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.web.DefaultOAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizedClientRepository;
import org.springframework.security.oauth2.client.web.client.OAuth2ClientHttpRequestInterceptor;
import org.springframework.web.client.RestClient;

/**
 * The clients of the two sides, each sending the signed-in user's access token (refreshed when it
 * runs out), so that each side decides for itself what this user may do and see.
 */
@Configuration(proxyBeanMethods = false)
class ApiClients {

  @Bean
  OAuth2AuthorizedClientManager authorizedClients(
      ClientRegistrationRepository registrations, OAuth2AuthorizedClientRepository clients) {
    DefaultOAuth2AuthorizedClientManager manager =
        new DefaultOAuth2AuthorizedClientManager(registrations, clients);
    manager.setAuthorizedClientProvider(
        OAuth2AuthorizedClientProviderBuilder.builder().authorizationCode().refreshToken().build());
    return manager;
  }

  /**
   * The sides' answers as the pages read them: only the fields a record names, as a side may add
   * others; a list or map an answer leaves out, or sends as null, as empty, so that no page meets a
   * null one.
   */
  @Bean
  Jackson2ObjectMapperBuilderCustomizer answerReading() {
    return builder ->
        builder.failOnUnknownProperties(false).postConfigurer(ApiClients::emptyWhenAbsent);
  }

  private static void emptyWhenAbsent(ObjectMapper json) {
    JsonSetter.Value empty = JsonSetter.Value.forValueNulls(Nulls.AS_EMPTY);
    json.configOverride(List.class).setSetterInfo(empty);
    json.configOverride(Map.class).setSetterInfo(empty);
  }

  /** The two sides' clients, made once for every area's client to share. */
  record Sides(RestClient command, RestClient query) {}

  @Bean
  Sides sides(
      RestClient.Builder builder,
      WebProperties properties,
      OAuth2AuthorizedClientManager clients,
      ObjectMapper json) {
    return new Sides(
        client(builder, properties.commandApi().toString(), properties, clients, json),
        client(builder, properties.queryApi().toString(), properties, clients, json));
  }

  @Bean
  CommandApi commandApi(Sides sides) {
    return new CommandApi(sides.command());
  }

  @Bean
  QueryApi queryApi(Sides sides) {
    return new QueryApi(sides.query());
  }

  @Bean
  StatisticsApi statisticsApi(Sides sides) {
    return new StatisticsApi(sides.query());
  }

  @Bean
  PublicationApi publicationApi(Sides sides) {
    return new PublicationApi(sides.command(), sides.query());
  }

  @Bean
  Downloads downloads(Sides sides, ObjectMapper json) {
    return new Downloads(sides.query(), new ProblemReader(json));
  }

  @Bean
  EvaluationApi evaluationApi(Sides sides) {
    return new EvaluationApi(sides.query(), sides.command());
  }

  @Bean
  TaskApi taskApi(Sides sides) {
    return new TaskApi(sides.command());
  }

  @Bean
  CaseApi caseApi(Sides sides) {
    return new CaseApi(sides.command(), sides.query());
  }

  @Bean
  CampaignApi campaignApi(Sides sides) {
    return new CampaignApi(sides.command());
  }

  @Bean
  HistoryApi historyApi(Sides sides) {
    return new HistoryApi(sides.query());
  }

  /** A client of one side at {@code baseUrl}, sending the user's token, reading its problems. */
  private static RestClient client(
      RestClient.Builder builder,
      String baseUrl,
      WebProperties properties,
      OAuth2AuthorizedClientManager clients,
      ObjectMapper json) {
    OAuth2ClientHttpRequestInterceptor bearer = new OAuth2ClientHttpRequestInterceptor(clients);
    bearer.setClientRegistrationIdResolver(request -> properties.clientRegistration());
    ProblemReader problems = new ProblemReader(json);
    return builder
        .clone()
        .baseUrl(baseUrl)
        .requestInterceptor(bearer)
        .defaultStatusHandler(HttpStatusCode::isError, problems::raise)
        .build();
  }
}
