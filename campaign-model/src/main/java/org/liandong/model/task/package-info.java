/** The commands about a campaign's tasks: assigning, reassigning, working on and closing them. */
package org.liandong.model.task;
