package org.liandong.web.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.liandong.web.WebProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientManager;
import org.springframework.web.client.RestClient;

/** The evaluation rounds' client, over both sides, with the signed-in user's token. */
@Configuration(proxyBeanMethods = false)
class EvaluationClients {

  @Bean
  EvaluationApi evaluationApi(
      RestClient.Builder builder,
      WebProperties properties,
      OAuth2AuthorizedClientManager clients,
      ObjectMapper json) {
    return new EvaluationApi(
        ApiClients.client(builder, properties.queryApi().toString(), properties, clients, json),
        ApiClients.client(builder, properties.commandApi().toString(), properties, clients, json));
  }
}
