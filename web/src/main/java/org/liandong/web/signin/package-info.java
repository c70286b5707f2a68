/**
 * Sign-in by OpenID Connect (authorization code flow) and the signed-in user as the pages see it:
 * the role, department and region claims the sides read from the same token.
 */
package org.liandong.web.signin;
