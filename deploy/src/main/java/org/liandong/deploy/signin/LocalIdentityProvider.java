package org.liandong.deploy.signin;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.liandong.access.AccessProperties;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.oidc.OidcScopes;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.server.authorization.client.InMemoryRegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.config.annotation.web.configuration.OAuth2AuthorizationServerConfiguration;
import org.springframework.security.oauth2.server.authorization.config.annotation.web.configurers.OAuth2AuthorizationServerConfigurer;
import org.springframework.security.oauth2.server.authorization.settings.AuthorizationServerSettings;
import org.springframework.security.oauth2.server.authorization.settings.ClientSettings;
import org.springframework.security.oauth2.server.authorization.settings.TokenSettings;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.util.matcher.MediaTypeRequestMatcher;

/**
 * The local platform's OpenID Connect provider: the built-in users ({@code liandong.access.users})
 * sign in on its page with their passwords, and the web app, its one client, gets ID and access
 * tokens signed with the platform's key, which both sides trust. Production puts a real provider
 * (Keycloak ...) in its place; nothing else changes.
 */
@SpringBootConfiguration
@EnableAutoConfiguration
@EnableConfigurationProperties(AccessProperties.class)
public class LocalIdentityProvider {

  /** Long enough for a working session; the web app renews it with the refresh token. */
  private static final Duration ACCESS_TOKEN_LIFETIME = Duration.ofMinutes(30);

  /** Starts the provider with the key it signs with and its one client. */
  public static ConfigurableApplicationContext start(
      RSAKey signingKey, WebClient client, List<String> arguments) {
    return new SpringApplicationBuilder(LocalIdentityProvider.class)
        .properties("spring.config.name=identity-provider")
        .initializers(
            context -> {
              context.getBeanFactory().registerSingleton("liandongSigningKey", signingKey);
              context.getBeanFactory().registerSingleton("liandongWebClient", client);
            })
        .registerShutdownHook(false)
        .run(arguments.toArray(String[]::new));
  }

  /** The protocol's endpoints; a browser not signed in is sent to the sign-in page. */
  @Bean
  @Order(1)
  SecurityFilterChain protocol(HttpSecurity http) throws Exception {
    OAuth2AuthorizationServerConfigurer server =
        OAuth2AuthorizationServerConfigurer.authorizationServer();
    http.securityMatcher(server.getEndpointsMatcher())
        .with(server, configured -> configured.oidc(Customizer.withDefaults()))
        .authorizeHttpRequests(requests -> requests.anyRequest().authenticated())
        .exceptionHandling(
            errors ->
                errors.defaultAuthenticationEntryPointFor(
                    new LoginUrlAuthenticationEntryPoint("/login"),
                    new MediaTypeRequestMatcher(MediaType.TEXT_HTML)));
    return http.build();
  }

  /** The sign-in page, Spring Security's own form. */
  @Bean
  @Order(2)
  SecurityFilterChain signIn(HttpSecurity http) throws Exception {
    http.authorizeHttpRequests(requests -> requests.anyRequest().authenticated())
        .formLogin(Customizer.withDefaults());
    return http.build();
  }

  @Bean
  PasswordEncoder passwordEncoder() {
    return PasswordEncoderFactories.createDelegatingPasswordEncoder();
  }

  /** The built-in users with their password hashes; what they may do is in their claims. */
  @Bean
  UserDetailsService users(AccessProperties access) {
    return new InMemoryUserDetailsManager(
        access.users().stream()
            .map(
                user ->
                    User.withUsername(user.name())
                        .password(user.password())
                        .authorities("ROLE_" + user.role().name())
                        .build())
            .toList());
  }

  @Bean
  RegisteredClientRepository clients(WebClient web) {
    RegisteredClient.Builder client =
        RegisteredClient.withId(UUID.randomUUID().toString())
            .clientId(web.clientId())
            .clientSecret("{noop}" + web.secret())
            .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
            .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
            .authorizationGrantType(AuthorizationGrantType.REFRESH_TOKEN)
            .postLogoutRedirectUri(web.signedOutUri())
            .scope(OidcScopes.OPENID)
            .scope(OidcScopes.PROFILE)
            .clientSettings(ClientSettings.builder().requireAuthorizationConsent(false).build())
            .tokenSettings(
                TokenSettings.builder().accessTokenTimeToLive(ACCESS_TOKEN_LIFETIME).build());
    web.redirectUris().forEach(client::redirectUri);
    return new InMemoryRegisteredClientRepository(client.build());
  }

  @Bean
  BuiltInClaims builtInClaims(AccessProperties access) {
    return new BuiltInClaims(access);
  }

  @Bean
  JWKSource<SecurityContext> keys(RSAKey liandongSigningKey) {
    return new ImmutableJWKSet<>(new JWKSet(liandongSigningKey));
  }

  /** The provider's own user-info endpoint reads the access tokens it issued. */
  @Bean
  JwtDecoder jwtDecoder(JWKSource<SecurityContext> keys) {
    return OAuth2AuthorizationServerConfiguration.jwtDecoder(keys);
  }

  @Bean
  AuthorizationServerSettings settings(@Value("${liandong.identity.issuer}") String issuer) {
    return AuthorizationServerSettings.builder().issuer(issuer).build();
  }
}
