/**
 * Feature: who did what, the history of a campaign or a case event by event, with the user, role
 * and department that caused each; for the office, evaluators and auditors. The tasks' history as
 * recorded by a moment ({@code TaskLedger}) is what evaluation counts tasks from.
 */
package org.liandong.query.history;
