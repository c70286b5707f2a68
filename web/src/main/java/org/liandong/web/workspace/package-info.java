/** A department's workspace: its open tasks, overdue first, and its campaigns to report in. */
package org.liandong.web.workspace;
