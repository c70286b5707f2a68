package org.liandong.access;

import com.mongodb.client.MongoClient;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.liandong.model.access.Actor;
import org.liandong.model.code.DepartmentCode;
import org.liandong.model.code.RegionCode;
import org.liandong.model.reference.KnownCodes;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.core.MethodParameter;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.session.DisableEncodeUrlFilter;
import org.springframework.security.web.util.matcher.AnyRequestMatcher;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Sign-in and its limits for either side's API. Every request but the sign-in page needs a
 * signed-in user, the API documents included: built-in users by HTTP Basic or the sign-in page (a
 * browser session, protected against cross-site requests), or a bearer token of the identity
 * provider when one is configured ({@code spring.security.oauth2.resourceserver.jwt.*}). What each
 * user may then do or see is decided by the side, from the {@link Actor} it is handed.
 */
@AutoConfiguration
@EnableWebSecurity
@EnableConfigurationProperties({AccessProperties.class, OverloadProperties.class})
public class AccessAutoConfiguration implements WebMvcConfigurer {

  private static final Logger log = LoggerFactory.getLogger(AccessAutoConfiguration.class);

  @Bean
  AuditLog auditLog() {
    return new AuditLog();
  }

  @Bean
  SignInFailures signInFailures(MongoClient mongo, AccessProperties properties) {
    return new SignInFailures(
        mongo.getDatabase(properties.database()).getCollection("sign-in-failures"),
        properties.signInFailuresPerMinute(),
        Clock.systemUTC());
  }

  @Bean
  RequestLimits requestLimits(
      AccessProperties properties, AuditLog audit, SignInFailures signInFailures) {
    return new RequestLimits(properties, audit, signInFailures);
  }

  @Bean
  AccessProblems accessProblems(AuditLog audit) {
    return new AccessProblems(audit);
  }

  /**
   * Spring Security's own observations would time every filter of every request, and wrap each in a
   * decorator even when switched off by name: a tenth of a request's CPU under load
   * (docs/benchmarks.md). None are made; {@code http.server.requests} stays.
   */
  @Bean
  @ConditionalOnMissingBean
  SecurityObservationSettings noSecurityObservations() {
    return SecurityObservationSettings.noObservations();
  }

  @Bean
  PasswordEncoder passwordEncoder() {
    return PasswordEncoderFactories.createDelegatingPasswordEncoder();
  }

  /** A fresh user each time: Spring erases the password of the one it signs in. */
  @Bean
  UserDetailsService builtInUsers(AccessProperties properties) {
    Map<String, AccessProperties.BuiltInUser> users =
        properties.users().stream()
            .collect(Collectors.toMap(AccessProperties.BuiltInUser::name, Function.identity()));
    users.values().forEach(AccessAutoConfiguration::actorOf);
    return name -> {
      AccessProperties.BuiltInUser user = users.get(name);
      if (user == null) {
        throw new UsernameNotFoundException("no built-in user " + name);
      }
      return new ActorUser(actorOf(user), user.password());
    };
  }

  @Bean
  SecurityFilterChain liandongSecurity(
      HttpSecurity http,
      AccessProperties properties,
      RequestLimits limits,
      OverloadProperties overload,
      AuditLog audit,
      ObjectProvider<JwtDecoder> jwt)
      throws Exception {
    var unauthenticated = new ProblemEntryPoint(audit);
    http.authorizeHttpRequests(
            requests ->
                requests
                    .requestMatchers("/login", "/error")
                    .permitAll()
                    .anyRequest()
                    .authenticated())
        .httpBasic(basic -> basic.authenticationEntryPoint(unauthenticated))
        .formLogin(form -> form.defaultSuccessUrl("/swagger-ui.html"))
        // Browsers send a session cookie by themselves, so a session must prove its page sent the
        // request; an Authorization header is only ever set by the client itself. No Basic
        // challenge is sent, so no browser caches a password and sends it unasked.
        .csrf(
            csrf ->
                csrf.ignoringRequestMatchers(request -> request.getHeader("Authorization") != null))
        // A default, not the entry point: browsers asking for a page are still sent to /login.
        .exceptionHandling(
            errors ->
                errors
                    .defaultAuthenticationEntryPointFor(unauthenticated, AnyRequestMatcher.INSTANCE)
                    .accessDeniedHandler(new ProblemAccessDenied(audit, unauthenticated)))
        .headers(AccessAutoConfiguration::hardened)
        .addFilterBefore(new OverloadGuard(overload), DisableEncodeUrlFilter.class)
        .addFilterBefore(limits.bodySize(), DisableEncodeUrlFilter.class)
        .addFilterBefore(limits.signIns(), UsernamePasswordAuthenticationFilter.class)
        .addFilterBefore(limits.writes(), AuthorizationFilter.class);
    JwtDecoder decoder = jwt.getIfAvailable();
    if (decoder != null) {
      http.oauth2ResourceServer(
          resource ->
              resource
                  .authenticationEntryPoint(unauthenticated)
                  .jwt(
                      token ->
                          token
                              .decoder(new VerifiedTokens(decoder, Clock.systemUTC()))
                              .jwtAuthenticationConverter(new ClaimsToActor(properties.claims()))));
    } else if (properties.users().isEmpty()) {
      log.warn(
          "no built-in users and no identity provider are configured: nobody can sign in (see"
              + " docs/security.md)");
    }
    return http.build();
  }

  /** Pages load nothing from elsewhere, are framed nowhere and send no referrer. */
  private static void hardened(HeadersConfigurer<HttpSecurity> headers) {
    headers
        .contentSecurityPolicy(
            csp ->
                csp.policyDirectives(
                    "default-src 'self'; img-src 'self' data:; style-src 'self'"
                        + " 'unsafe-inline'; frame-ancestors 'none'"))
        .referrerPolicy(
            referrer -> referrer.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.NO_REFERRER));
  }

  /** Controllers take the acting user as an {@link Actor} parameter. */
  @Override
  public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
    resolvers.add(
        new HandlerMethodArgumentResolver() {
          @Override
          public boolean supportsParameter(MethodParameter parameter) {
            return parameter.getParameterType() == Actor.class;
          }

          @Override
          public Actor resolveArgument(
              MethodParameter parameter,
              ModelAndViewContainer container,
              NativeWebRequest request,
              WebDataBinderFactory binders) {
            return Actors.current()
                .orElseThrow(
                    () -> new AccessRefusedException(null, "no signed-in user of Liandong"));
          }
        });
  }

  /** A built-in user naming a code the reference data does not have fails the start. */
  private static Actor actorOf(AccessProperties.BuiltInUser user) {
    Actor actor =
        new Actor(
            user.name(),
            user.role(),
            user.department() == null ? null : new DepartmentCode(user.department()),
            user.region() == null ? null : new RegionCode(user.region()));
    KnownCodes.check(actor);
    return actor;
  }
}
