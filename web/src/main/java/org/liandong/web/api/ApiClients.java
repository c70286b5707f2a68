package org.liandong.web.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.liandong.web.WebProperties;
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

  @Bean
  CommandApi commandApi(
      RestClient.Builder builder,
      WebProperties properties,
      OAuth2AuthorizedClientManager clients,
      ObjectMapper json) {
    return new CommandApi(
        client(builder, properties.commandApi().toString(), properties, clients, json));
  }

  @Bean
  QueryApi queryApi(
      RestClient.Builder builder,
      WebProperties properties,
      OAuth2AuthorizedClientManager clients,
      ObjectMapper json) {
    return new QueryApi(
        client(builder, properties.queryApi().toString(), properties, clients, json));
  }

  @Bean
  StatisticsApi statisticsApi(
      RestClient.Builder builder,
      WebProperties properties,
      OAuth2AuthorizedClientManager clients,
      ObjectMapper json) {
    return new StatisticsApi(
        client(builder, properties.queryApi().toString(), properties, clients, json));
  }

  @Bean
  PublicationApi publicationApi(
      RestClient.Builder builder,
      WebProperties properties,
      OAuth2AuthorizedClientManager clients,
      ObjectMapper json) {
    return new PublicationApi(
        client(builder, properties.commandApi().toString(), properties, clients, json),
        client(builder, properties.queryApi().toString(), properties, clients, json));
  }

  @Bean
  Downloads downloads(
      RestClient.Builder builder,
      WebProperties properties,
      OAuth2AuthorizedClientManager clients,
      ObjectMapper json) {
    return new Downloads(
        client(builder, properties.queryApi().toString(), properties, clients, json),
        new ProblemReader(json));
  }

  /** A client of one side at {@code baseUrl}, sending the user's token, reading its problems. */
  static RestClient client(
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
