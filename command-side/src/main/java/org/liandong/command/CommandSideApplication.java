package org.liandong.command;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** The command side: takes commands over HTTP, keeps the event store, publishes events to Kafka. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class CommandSideApplication {

  /**
   * Its settings file is {@code command-side.yml}, not {@code application.yml}, so that both sides
   * can run in one JVM (the local launcher) without reading each other's settings.
   */
  public static final String CONFIG_NAME = "command-side";

  public static SpringApplicationBuilder builder() {
    return new SpringApplicationBuilder(CommandSideApplication.class)
        .properties("spring.config.name=" + CONFIG_NAME);
  }

  public static void main(String[] args) {
    builder().run(args);
  }
}
