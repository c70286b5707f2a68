/**
 * Feature: case files and their transfers between departments. Other features read them through
 * {@code CaseFiles}.
 */
package org.liandong.query.cases;
