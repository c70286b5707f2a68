/**
 * Views as spreadsheets: a view that is {@code Tabular} names its {@code Table}s, and {@code
 * TableDownloads} writes them as CSV or XLSX on {@code ?format=}. Knows no feature: each feature
 * builds its own tables, from {@code Columns} (each column's header beside how its cell is read)
 * where a row comes from one value, and {@code FigureTables} the rows of the figures they share.
 */
package org.liandong.query.export;
