/**
 * Feature: the report ledger, every report with its versions, the rows behind every figure and the
 * as-of views of a campaign. Other features read it through {@code ReportLedger}.
 */
package org.liandong.query.reports;
