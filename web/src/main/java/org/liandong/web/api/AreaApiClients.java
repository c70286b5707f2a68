package org.liandong.web.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.liandong.web.WebProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientManager;
import org.springframework.web.client.RestClient;

/**
 * The clients of the day-to-day work beyond the first screens (tasks, case files, closing, the
 * histories), each over the same two sides as {@link ApiClients}' and with the user's token.
 */
@Configuration(proxyBeanMethods = false)
class AreaApiClients {

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

  @Bean
  Sides sides(
      RestClient.Builder builder,
      WebProperties properties,
      OAuth2AuthorizedClientManager clients,
      ObjectMapper json) {
    return new Sides(
        ApiClients.client(builder, properties.commandApi().toString(), properties, clients, json),
        ApiClients.client(builder, properties.queryApi().toString(), properties, clients, json));
  }

  /** The two sides' clients, made once for the area clients to share. */
  record Sides(RestClient command, RestClient query) {}
}
