/**
 * The query side: the campaign topic consumed into MongoDB projections and served. Packages by
 * concern: the projection engine ({@code projection}, {@code consuming}), the figures the views
 * share ({@code figures}), the web edge ({@code web}), downloads ({@code export}), and one package
 * per feature, which meet only through what each offers the others to read.
 */
package org.liandong.query;
