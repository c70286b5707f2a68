/**
 * Views as spreadsheets: a view that is {@code Tabular} names its {@code Table}s, and {@code
 * TableDownloads} writes them as CSV or XLSX on {@code ?format=}. Knows no feature: each feature
 * builds its own tables, {@code FigureTables} the rows of the figures they share.
 */
package org.liandong.query.export;
