/**
 * The web app. One package per screen family ({@code campaigns}, {@code workspace}, {@code
 * reports}, {@code cases}, {@code history}, {@code statistics}, {@code publication}, {@code
 * evaluation}); {@code api} holds the typed clients of the two sides, {@code signin} the OpenID
 * Connect sign-in and the signed-in user, {@code layout} what every page shares (language,
 * navigation, errors).
 */
package org.liandong.web;
