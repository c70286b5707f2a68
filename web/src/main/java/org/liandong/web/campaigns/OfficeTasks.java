package org.liandong.web.campaigns;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.liandong.web.api.ApiProblem;
import org.liandong.web.api.CampaignSummary;
import org.liandong.web.api.Named;
import org.liandong.web.api.QueryApi;
import org.liandong.web.api.TaskApi;
import org.liandong.web.api.Workspace;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A campaign's tasks as the office follows them on the campaign's page, overdue first, with their
 * reassignment (department, region, due date) and cancellation (reason). The query side keeps tasks
 * in the workspaces of the departments they are assigned to, so the list is read from the
 * participating departments' workspaces. A refusal shows the list with the reasons beside the task.
 */
@Controller
class OfficeTasks {

  private final QueryApi queries;
  private final TaskApi tasks;

  OfficeTasks(QueryApi queries, TaskApi tasks) {
    this.queries = queries;
    this.tasks = tasks;
  }

  /** A task and the department it is assigned to. */
  record CampaignTask(Named department, Workspace.Task task) {}

  /** The list alone, which the campaign's page fetches when it opens. */
  @GetMapping("/campaigns/{campaignId}/tasks")
  String list(@PathVariable String campaignId, Model model) {
    show(campaignId, model);
    return "campaigns/tasks :: tasks";
  }

  @PostMapping("/campaigns/{campaignId}/tasks/{taskId}/reassignment")
  String reassign(
      @PathVariable String campaignId,
      @PathVariable String taskId,
      @RequestParam(defaultValue = "") String department,
      @RequestParam(required = false) String region,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
          LocalDate dueOn,
      Model model,
      RedirectAttributes redirect) {
    try {
      tasks.reassign(campaignId, taskId, department, region, dueOn);
    } catch (ApiProblem problem) {
      return refused(problem, campaignId, taskId, model);
    }
    redirect.addFlashAttribute("done", "task.reassigned");
    return "redirect:/campaigns/{campaignId}";
  }

  @PostMapping("/campaigns/{campaignId}/tasks/{taskId}/cancellation")
  String cancel(
      @PathVariable String campaignId,
      @PathVariable String taskId,
      @RequestParam(defaultValue = "") String reason,
      Model model,
      RedirectAttributes redirect) {
    try {
      tasks.cancel(campaignId, taskId, reason);
    } catch (ApiProblem problem) {
      return refused(problem, campaignId, taskId, model);
    }
    redirect.addFlashAttribute("done", "task.cancelled");
    return "redirect:/campaigns/{campaignId}";
  }

  private String refused(ApiProblem problem, String campaignId, String taskId, Model model) {
    if (!problem.refusesInput()) {
      throw problem;
    }
    show(campaignId, model);
    model.addAttribute("problemTask", taskId);
    model.addAttribute("taskErrors", problem.fieldErrors());
    model.addAttribute("taskProblem", problem.getMessage());
    return "campaigns/tasks";
  }

  private void show(String campaignId, Model model) {
    CampaignSummary campaign = queries.campaign(campaignId);
    model.addAttribute("campaign", campaign);
    model.addAttribute("tasks", tasksOf(campaign));
  }

  /**
   * The campaign's tasks in every participating department's workspace: open ones first, overdue
   * first among them, then by due date.
   */
  private List<CampaignTask> tasksOf(CampaignSummary campaign) {
    String campaignId = campaign.campaignId();
    List<CampaignTask> found = new ArrayList<>();
    for (Named department : campaign.participatingDepartments()) {
      workspaceOf(department.code()).campaigns().stream()
          .filter(c -> c.campaignId().equals(campaignId))
          .flatMap(c -> c.tasks().stream())
          .forEach(task -> found.add(new CampaignTask(department, task)));
    }
    found.sort(
        Comparator.comparing((CampaignTask t) -> !t.task().open())
            .thenComparing(CampaignTask::task, Workspace.Task.URGENCY));
    return found;
  }

  /** A department's workspace; none yet (404) for one nothing has happened to. */
  private Workspace workspaceOf(String department) {
    try {
      return queries.workspace(department);
    } catch (ApiProblem problem) {
      if (problem.status() == 404) {
        return new Workspace(null, List.of(), List.of());
      }
      throw problem;
    }
  }
}
