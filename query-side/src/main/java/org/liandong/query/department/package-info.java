/**
 * Feature: a department's workspace (its tasks, reports, joint operations and cases), now and as of
 * a date.
 */
package org.liandong.query.department;
