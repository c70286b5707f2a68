package org.liandong.command.api;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The command API's OpenAPI 3 document ({@code /v3/api-docs}, browsable at {@code
 * /swagger-ui.html}), written by springdoc from the controllers.
 */
@Configuration(proxyBeanMethods = false)
class OpenApiDocument {

  @Bean
  OpenAPI commandApi() {
    return new OpenAPI()
        .info(
            new Info()
                .title("Liandong command API")
                .version("1")
                .description(
                    "Launch and run campaigns, assign tasks, report from the field, correct and"
                        + " retract reports, transfer cases. Every create carries a client-chosen"
                        + " id; errors are RFC 9457 problem+json naming the field."));
  }
}
