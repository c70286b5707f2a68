package org.liandong.deploy;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.liandong.deploy.signin.LocalIdentityProvider;
import org.liandong.deploy.signin.WebClient;
import org.liandong.web.WebApplication;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The web app and the identity provider it signs users in with, as the launcher runs them beside
 * the sides. The provider comes first: the web app reads its discovery document when it starts. The
 * app is addressed by the IP literal, as the provider takes no {@code localhost} redirect (OAuth
 * 2.1 advises against it), and the provider by {@code localhost}: two hosts, so the browser keeps
 * their cookies apart.
 */
final class WebFront implements AutoCloseable {

  static final String CLIENT_ID = "liandong-web";

  private final ConfigurableApplicationContext identityProvider;
  private final ConfigurableApplicationContext web;

  private WebFront(
      ConfigurableApplicationContext identityProvider, ConfigurableApplicationContext web) {
    this.identityProvider = identityProvider;
    this.web = web;
  }

  static WebFront start(
      LocalPlatformProperties properties,
      KeyPairIdentityProvider keys,
      String commandApi,
      String queryApi) {
    String issuer = "http://localhost:" + properties.identityPort();
    String app = appAddress(properties.webPort());
    WebClient client =
        new WebClient(CLIENT_ID, secret(), List.of(app + "/login/oauth2/code/liandong"), app + "/");
    List<String> providerArguments = common(properties, properties.identityPort());
    providerArguments.add("--spring.config.import=classpath:" + DemoUsers.CONFIG);
    providerArguments.add("--liandong.identity.issuer=" + issuer);
    providerArguments.add(AutoConfigurations.identityProvider());
    ConfigurableApplicationContext provider =
        LocalIdentityProvider.start(keys.signingKey(), client, providerArguments);
    try {
      List<String> webArguments = common(properties, properties.webPort());
      webArguments.add("--liandong.web.command-api=" + commandApi);
      webArguments.add("--liandong.web.query-api=" + queryApi);
      webArguments.add("--spring.security.oauth2.client.provider.liandong.issuer-uri=" + issuer);
      webArguments.add(
          "--spring.security.oauth2.client.registration.liandong.client-id=" + CLIENT_ID);
      webArguments.add(
          "--spring.security.oauth2.client.registration.liandong.client-secret=" + client.secret());
      webArguments.add(
          "--spring.security.oauth2.client.registration.liandong.redirect-uri="
              + client.redirectUris().get(0));
      webArguments.add(AutoConfigurations.webApp());
      ConfigurableApplicationContext web =
          WebApplication.builder()
              .registerShutdownHook(false)
              .run(webArguments.toArray(String[]::new));
      return new WebFront(provider, web);
    } catch (RuntimeException e) {
      provider.close();
      throw e;
    }
  }

  /** The web app's address, which the identity provider sends browsers back to. */
  static String appAddress(int port) {
    return "http://127.0.0.1:" + port;
  }

  private static List<String> common(LocalPlatformProperties properties, int port) {
    List<String> arguments = new ArrayList<>();
    arguments.add("--server.port=" + port);
    arguments.add("--server.address=" + properties.bindAddress());
    arguments.add("--logging.include-application-name=false");
    return arguments;
  }

  /** A client secret of this start only: nobody outside this JVM needs to know it. */
  private static String secret() {
    byte[] secret = new byte[24];
    new SecureRandom().nextBytes(secret);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
  }

  String appAddress() {
    return appAddress(port(web));
  }

  String identityProviderAddress() {
    return "http://localhost:" + port(identityProvider);
  }

  List<ConfigurableApplicationContext> applications() {
    return List.of(identityProvider, web);
  }

  private static int port(ConfigurableApplicationContext context) {
    return ((WebServerApplicationContext) context).getWebServer().getPort();
  }

  @Override
  public void close() {
    web.close();
    identityProvider.close();
  }
}
