/**
 * Feature: the statistics releases the office issues, their figures frozen as of a cut-off, with
 * the adjustments later reports make against them, and their history.
 */
package org.liandong.query.releases;
