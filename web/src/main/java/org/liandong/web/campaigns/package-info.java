/**
 * The office's screens of campaigns: the list, a campaign's dashboard (charts that follow the
 * reports as they come, each figure opening the ledger behind it), launching a campaign, moving its
 * phase on and assigning tasks.
 */
package org.liandong.web.campaigns;
