package org.liandong.web;

import java.net.URI;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the app finds the two sides.
 *
 * @param commandApi the command side's base address
 * @param queryApi the query side's base address
 * @param clientRegistration the OpenID Connect client registration whose access token is sent to
 *     both sides
 */
@ConfigurationProperties("liandong.web")
public record WebProperties(
    @DefaultValue("http://localhost:8081") URI commandApi,
    @DefaultValue("http://localhost:8082") URI queryApi,
    @DefaultValue("liandong") String clientRegistration) {}
