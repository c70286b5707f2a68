/**
 * Case files: a department's cases (those it holds or that wait for it), opening a case by
 * transferring it, handing one on, accepting or returning one that waits for it, and each case's
 * stages with the time each took.
 */
package org.liandong.web.cases;
