/** What the office publishes: statistics releases (and typical cases), aggregates of their own. */
package org.liandong.command.publication;
