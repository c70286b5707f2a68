/** Who did what: a campaign's or a case's history, a page at a time, for readers of everything. */
package org.liandong.web.history;
