/**
 * The report index: what is known of every report of every campaign, kept in MongoDB from the
 * published events, so that a campaign need not remember its reports (ADR 0025).
 */
package org.liandong.command.reportindex;
