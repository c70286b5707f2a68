/**
 * The figures reports add, as projections keep them and the API shows them: the counters a report
 * adds to a block of totals ({@code ReportIncrements}), the block read back ({@code TotalsView}),
 * its breakdowns by region, department, category and right, and the names of their codes.
 */
package org.liandong.query.figures;
