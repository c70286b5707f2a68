package org.liandong.query;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** The query side: reads the campaign topic into projections in MongoDB and serves them. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class QuerySideApplication {

  /**
   * Its settings file is {@code query-side.yml}; see {@code CommandSideApplication.CONFIG_NAME}.
   */
  public static final String CONFIG_NAME = "query-side";

  public static SpringApplicationBuilder builder() {
    return new SpringApplicationBuilder(QuerySideApplication.class)
        .properties("spring.config.name=" + CONFIG_NAME);
  }

  public static void main(String[] args) {
    builder().run(args);
  }
}
