package org.liandong.command.api;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.liandong.model.campaign.Acknowledgement;
import org.liandong.model.id.CampaignId;
import org.liandong.model.id.TaskId;
import org.liandong.model.task.AcknowledgeTaskCommand;
import org.liandong.model.task.CancelTaskCommand;
import org.liandong.model.task.CompleteTaskCommand;
import org.liandong.model.task.NoteTaskProgressCommand;
import org.liandong.model.task.ReassignTaskCommand;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The steps of a task after the office assigned it ({@link CampaignCommandController#assignTask}),
 * each at {@code /campaigns/{campaignId}/tasks/{taskId}/<step>}, answered with the task's id.
 */
@RestController
@RequestMapping(
    path = "/campaigns/{campaignId}/tasks/{taskId}",
    produces = MediaType.APPLICATION_JSON_VALUE)
class TaskCommandController {

  private final CommandGateway commands;

  TaskCommandController(CommandGateway commands) {
    this.commands = commands;
  }

  /**
   * The task every step here is about, from the path's variables as any {@code @PathVariable} is
   * read; a record in the model is not bound again, so no query parameter can stand in for them.
   */
  @ModelAttribute
  TaskAddress address(@PathVariable CampaignId campaignId, @PathVariable TaskId taskId) {
    return new TaskAddress(campaignId, taskId);
  }

  @PostMapping("/acknowledgement")
  ResponseEntity<CommandResult> acknowledge(TaskAddress task, @RequestBody DepartmentRequest body) {
    return send(
        task, new AcknowledgeTaskCommand(task.campaignId(), task.taskId(), body.department()));
  }

  @PostMapping("/progress")
  ResponseEntity<CommandResult> noteProgress(TaskAddress task, @RequestBody TaskNoteRequest body) {
    return send(
        task,
        new NoteTaskProgressCommand(
            task.campaignId(), task.taskId(), body.department(), body.note()));
  }

  @PostMapping("/completion")
  ResponseEntity<CommandResult> complete(TaskAddress task, @RequestBody TaskNoteRequest body) {
    return send(
        task,
        new CompleteTaskCommand(task.campaignId(), task.taskId(), body.department(), body.note()));
  }

  @PostMapping("/reassignment")
  ResponseEntity<CommandResult> reassign(TaskAddress task, @RequestBody ReassignmentRequest body) {
    return send(
        task,
        new ReassignTaskCommand(
            task.campaignId(), task.taskId(), body.department(), body.region(), body.dueOn()));
  }

  @PostMapping("/cancellation")
  ResponseEntity<CommandResult> cancel(TaskAddress task, @RequestBody ReasonRequest body) {
    return send(task, new CancelTaskCommand(task.campaignId(), task.taskId(), body.reason()));
  }

  /** Sends a command about the task and answers 201 if it changed something, 200 if not. */
  private ResponseEntity<CommandResult> send(TaskAddress task, Object command) {
    Acknowledgement acknowledgement = commands.sendAndWait(command);
    return Answers.of(
        acknowledgement,
        new CommandResult(task.campaignId().value(), task.taskId().value(), acknowledgement));
  }
}
