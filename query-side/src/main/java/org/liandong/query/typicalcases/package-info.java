/**
 * Feature: typical cases, proposed by departments and published by the office; listed by year,
 * campaign, right and region, and exported; drafts read by the office and the proposer alone.
 */
package org.liandong.query.typicalcases;
