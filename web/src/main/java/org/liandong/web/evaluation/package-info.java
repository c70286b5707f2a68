/**
 * The evaluation rounds' screens: the list of rounds, a round's ranking (table and chart) and its
 * regions' scorecards, each computed figure opening its sources; the evaluator's worklist and
 * scoring sheets; the lead evaluator's moderation, deductions, phases and appeal decisions; the
 * provincial office's self-assessment and appeals; the office's assignments and phases.
 */
package org.liandong.web.evaluation;
