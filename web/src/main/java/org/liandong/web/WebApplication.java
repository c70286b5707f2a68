package org.liandong.web;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * The web app: server-rendered pages over the two sides' public HTTP APIs, signed in by OpenID
 * Connect. It keeps no data of its own; every figure comes from the query side and every change
 * goes to the command side with the signed-in user's access token.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class WebApplication {

  public static void main(String[] args) {
    builder().run(args);
  }

  /** The app with its own settings file, as the local launcher starts it beside the sides. */
  public static SpringApplicationBuilder builder() {
    return new SpringApplicationBuilder(WebApplication.class).properties("spring.config.name=web");
  }
}
