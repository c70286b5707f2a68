/**
 * Feature: printable reports, as PDF: a statistics release (its tables and a chart) and the list of
 * typical cases, in Chinese and English, set in Noto Sans SC (SIL Open Font License, shipped in
 * {@code fonts/}) by Apache PDFBox (ADR 0019).
 */
package org.liandong.query.printing;
