/**
 * Feature: evaluation rounds (ADR 0017): each round's events in one document, its results worked
 * out when read, computed indicators from the report ledger as of the cut-off.
 */
package org.liandong.query.evaluation;
