package org.liandong.web.workspace;

import java.util.Locale;
import java.util.Map;
import org.liandong.web.api.ApiProblem;
import org.liandong.web.api.TaskApi;
import org.liandong.web.api.TaskApi.Step;
import org.liandong.web.signin.SignedInUser;
import org.springframework.stereotype.Controller;
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

  /** What the workspace says once a step is recorded. */
  private static final Map<Step, String> DONE =
      Map.of(
          Step.ACKNOWLEDGEMENT, "task.acknowledged",
          Step.PROGRESS, "task.progressNoted",
          Step.COMPLETION, "task.completed");

  private final TaskApi tasks;

  TaskActions(TaskApi tasks) {
    this.tasks = tasks;
  }

  /**
   * A step of the department's work on a task: its acknowledgement, or the work form's note as
   * progress or, by the form's other button, with the completion. The workspace then says it was
   * done, or why the API refused it.
   */
  @PostMapping("/campaigns/{campaignId}/tasks/{taskId}/{step:acknowledgement|progress|completion}")
  String take(
      @PathVariable String campaignId,
      @PathVariable String taskId,
      @PathVariable String step,
      @RequestParam(defaultValue = "") String note,
      SignedInUser user,
      RedirectAttributes redirect) {
    String department = SignedInUser.requireDepartment(user);
    Step taken = Step.valueOf(step.toUpperCase(Locale.ROOT));
    try {
      tasks.take(campaignId, taskId, taken, department, note);
    } catch (ApiProblem problem) {
      if (!problem.refusesInput()) {
        throw problem;
      }
      redirect.addFlashAttribute("problemTask", taskId);
      redirect.addFlashAttribute("taskProblem", problem.getMessage());
      return WORKSPACE;
    }
    redirect.addFlashAttribute("done", DONE.get(taken));
    return WORKSPACE;
  }
}
