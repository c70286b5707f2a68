/**
 * A department's field reports: one form for every kind (the kind names its fields), filing and
 * correcting, the ledger of reports behind a figure and a report's page. The API's refusals are
 * shown beside the fields they name.
 */
package org.liandong.web.reports;
