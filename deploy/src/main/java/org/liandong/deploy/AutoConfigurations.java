package org.liandong.deploy;

import java.util.Arrays;
import java.util.stream.Collectors;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.context.annotation.ImportCandidates;

/**
 * Which auto-configurations each application of the launcher leaves out. The launcher runs the
 * sides, the identity provider and the web app in one JVM on one classpath, where each would
 * otherwise configure itself with what the others brought along: the query side an idle Axon, a
 * side an authorization server's random key, the web app and the identity provider a MongoDB client
 * and the sides' sign-in.
 */
final class AutoConfigurations {

  private static final String AXON = "org.axonframework.";
  private static final String SIDES_SIGN_IN = "org.liandong.access.";
  private static final String MONGO = "org.springframework.boot.autoconfigure.mongo.";
  private static final String MONGO_DATA = "org.springframework.boot.autoconfigure.data.mongo.";
  private static final String API_DOCUMENTS = "org.springdoc.";
  private static final String AUTHORIZATION_SERVER =
      "org.springframework.boot.autoconfigure.security.oauth2.server.";
  private static final String OAUTH2_CLIENT =
      "org.springframework.boot.autoconfigure.security.oauth2.client.";
  private static final String THYMELEAF = "org.springframework.boot.autoconfigure.thymeleaf.";

  private AutoConfigurations() {}

  static String commandSide() {
    return excluding(AUTHORIZATION_SERVER, OAUTH2_CLIENT, THYMELEAF);
  }

  static String querySide() {
    return excluding(AXON, AUTHORIZATION_SERVER, OAUTH2_CLIENT, THYMELEAF);
  }

  static String identityProvider() {
    return excluding(
        AXON, SIDES_SIGN_IN, MONGO, MONGO_DATA, API_DOCUMENTS, OAUTH2_CLIENT, THYMELEAF);
  }

  static String webApp() {
    return excluding(AXON, SIDES_SIGN_IN, MONGO, MONGO_DATA, API_DOCUMENTS, AUTHORIZATION_SERVER);
  }

  /** The setting that leaves out every auto-configuration whose class name starts so. */
  private static String excluding(String... prefixes) {
    return "--spring.autoconfigure.exclude="
        + ImportCandidates.load(AutoConfiguration.class, AutoConfigurations.class.getClassLoader())
            .getCandidates()
            .stream()
            .filter(name -> Arrays.stream(prefixes).anyMatch(name::startsWith))
            .collect(Collectors.joining(","));
  }
}
