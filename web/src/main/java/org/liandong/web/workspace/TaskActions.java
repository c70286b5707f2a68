package org.liandong.web.workspace;

import org.liandong.web.api.ApiProblem;
import org.liandong.web.api.TaskApi;
import org.liandong.web.signin.SignedInUser;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A department works its tasks from its workspace: acknowledges one, notes its progress, completes
 * it, always in its own name. A refusal comes back to the workspace beside the task.
 */
@Controller
class TaskActions {

  private static final String WORKSPACE = "redirect:/workspace";

  private final TaskApi tasks;

  TaskActions(TaskApi tasks) {
    this.tasks = tasks;
  }

  @PostMapping("/campaigns/{campaignId}/tasks/{taskId}/acknowledgement")
  String acknowledge(
      @PathVariable String campaignId,
      @PathVariable String taskId,
      @ModelAttribute(name = "user", binding = false) SignedInUser user,
      RedirectAttributes redirect) {
    String department = SignedInUser.requireDepartment(user);
    return done(
        () -> tasks.acknowledge(campaignId, taskId, department),
        taskId,
        "task.acknowledged",
        redirect);
  }

  @PostMapping("/campaigns/{campaignId}/tasks/{taskId}/progress")
  String noteProgress(
      @PathVariable String campaignId,
      @PathVariable String taskId,
      @RequestParam(defaultValue = "") String note,
      @ModelAttribute(name = "user", binding = false) SignedInUser user,
      RedirectAttributes redirect) {
    String department = SignedInUser.requireDepartment(user);
    return done(
        () -> tasks.noteProgress(campaignId, taskId, department, note),
        taskId,
        "task.progressNoted",
        redirect);
  }

  @PostMapping("/campaigns/{campaignId}/tasks/{taskId}/completion")
  String complete(
      @PathVariable String campaignId,
      @PathVariable String taskId,
      @RequestParam(defaultValue = "") String note,
      @ModelAttribute(name = "user", binding = false) SignedInUser user,
      RedirectAttributes redirect) {
    String department = SignedInUser.requireDepartment(user);
    return done(
        () -> tasks.complete(campaignId, taskId, department, note),
        taskId,
        "task.completed",
        redirect);
  }

  /** Sends the change; the workspace then says it was done, or why the API refused it. */
  private static String done(
      Runnable change, String taskId, String message, RedirectAttributes redirect) {
    try {
      change.run();
    } catch (ApiProblem problem) {
      if (!problem.refusesInput()) {
        throw problem;
      }
      redirect.addFlashAttribute("problemTask", taskId);
      redirect.addFlashAttribute("taskProblem", problem.getMessage());
      return WORKSPACE;
    }
    redirect.addFlashAttribute("done", message);
    return WORKSPACE;
  }
}
