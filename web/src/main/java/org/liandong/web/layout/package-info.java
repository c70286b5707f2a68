/**
 * What every page shares: the language (Chinese unless the user switches), home, error pages, and
 * the charts the pages' script draws.
 */
package org.liandong.web.layout;
