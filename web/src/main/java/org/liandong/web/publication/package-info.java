/**
 * What the office publishes: statistics releases (the list, one release with its frozen figures,
 * adjustments and history, its downloads; issuing and amending) and typical cases (the list with
 * its filters, one case, a department's proposal from its report, the office's approval or return,
 * the printed list). Files come through the app, fetched with the user's token.
 */
package org.liandong.web.publication;
