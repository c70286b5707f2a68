/**
 * The local platform's OpenID Connect provider (Spring Authorization Server): the built-in users
 * sign in on its page, and the web app gets their tokens, with the claims both sides read.
 */
package org.liandong.deploy.signin;
