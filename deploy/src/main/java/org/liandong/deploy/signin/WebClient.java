package org.liandong.deploy.signin;

import java.util.List;

/**
 * The web app as a client of the local identity provider.
 *
 * @param clientId its client id
 * @param secret its secret, made for each start of the launcher and handed to both
 * @param redirectUris where the provider sends the browser back with a code
 * @param signedOutUri where the provider sends the browser after signing out
 */
public record WebClient(
    String clientId, String secret, List<String> redirectUris, String signedOutUri) {}
