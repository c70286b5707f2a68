/**
 * Typed clients of the two sides' public HTTP APIs, called with the signed-in user's access token,
 * and the views they answer (only the fields the pages show). Nothing here knows a side's classes.
 */
package org.liandong.web.api;
