/**
 * Feature: national and regional statistics of a year across campaigns, now or as of a past moment,
 * with the case transfers between departments.
 */
package org.liandong.query.statistics;
