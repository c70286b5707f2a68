/**
 * The statistics of a year across campaigns: totals with the national figures, every breakdown as a
 * table, charts of a chosen figure (by region, by campaign, and a tile grid of the regions), year
 * on year and case transfers; every figure opens the reports behind it. Its figure tables also show
 * a release's frozen figures.
 */
package org.liandong.web.statistics;
