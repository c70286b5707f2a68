package org.liandong.access;

import org.liandong.model.campaign.CampaignJson;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.jackson.Jackson2ObjectMapperBuilderCustomizer;
import org.springframework.boot.autoconfigure.web.servlet.error.ErrorMvcAutoConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * What the HTTP edge of either side shares besides sign-in: request bodies read as typed ({@link
 * CampaignJson#strict}), and every error as problem+json, down to the ones the servlet container
 * answers itself.
 */
@AutoConfiguration(before = ErrorMvcAutoConfiguration.class)
public class WebEdgeAutoConfiguration {

  @Bean
  Jackson2ObjectMapperBuilderCustomizer strictRequestJson() {
    return builder -> builder.postConfigurer(CampaignJson::strict);
  }

  @Bean
  ProblemErrorController problemErrorController() {
    return new ProblemErrorController();
  }

  @Bean
  ProblemErrorReports problemErrorReports() {
    return new ProblemErrorReports();
  }
}
