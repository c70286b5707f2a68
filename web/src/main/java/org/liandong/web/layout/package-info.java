/** What every page shares: the language (Chinese unless the user switches), home, error pages. */
package org.liandong.web.layout;
