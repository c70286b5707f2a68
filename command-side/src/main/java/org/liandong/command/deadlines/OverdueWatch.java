package org.liandong.command.deadlines;

import java.time.Clock;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.liandong.model.campaign.BusinessCalendar;
import org.liandong.model.task.MarkTaskOverdueCommand;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Marks tasks overdue once their due date has passed unfinished. It runs every {@code
 * liandong.tasks.overdue-check-interval} and at start, so a deadline that passed while the command
 * side was down is caught when it is back. The campaign decides: a task finished meanwhile, or
 * already marked, is left as it is.
 */
@Component
class OverdueWatch {

  private static final Logger log = LoggerFactory.getLogger(OverdueWatch.class);

  private final TaskDeadlines deadlines;
  private final CommandGateway commands;
  private final Clock clock;

  OverdueWatch(TaskDeadlines deadlines, CommandGateway commands, Clock clock) {
    this.deadlines = deadlines;
    this.commands = commands;
    this.clock = clock;
  }

  @Scheduled(
      initialDelayString = "${liandong.tasks.overdue-check-interval:60s}",
      fixedDelayString = "${liandong.tasks.overdue-check-interval:60s}")
  void markOverdueTasks() {
    for (TaskDeadlines.Deadline deadline : deadlines.dueBefore(BusinessCalendar.today(clock))) {
      try {
        commands.sendAndWait(new MarkTaskOverdueCommand(deadline.campaignId(), deadline.taskId()));
      } catch (RuntimeException e) {
        log.warn(
            "could not mark task {} of {} overdue, will try again: {}",
            deadline.taskId(),
            deadline.campaignId(),
            e.toString());
      }
    }
  }
}
