/**
 * Feature: evaluation rounds (ADR 0017): each round's events in one document, its results worked
 * out when read, computed indicators from the report ledger, the tasks' history and the case files
 * as of the cut-off, each opening into its sources.
 */
package org.liandong.query.evaluation;
