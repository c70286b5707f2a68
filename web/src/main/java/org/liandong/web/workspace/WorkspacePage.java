package org.liandong.web.workspace;

import java.util.Comparator;
import java.util.List;
import org.liandong.web.api.QueryApi;
import org.liandong.web.api.Workspace;
import org.liandong.web.signin.SignedInUser;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.server.ResponseStatusException;

/** The signed-in department's workspace; other roles have none. */
@Controller
class WorkspacePage {

  static final Comparator<OpenTask> ORDER =
      Comparator.comparing(OpenTask::task, Workspace.Task.URGENCY);

  private final QueryApi queries;

  WorkspacePage(QueryApi queries) {
    this.queries = queries;
  }

  /** An open task with the campaign it belongs to. */
  record OpenTask(Workspace.Campaign campaign, Workspace.Task task) {}

  @GetMapping("/workspace")
  String workspace(SignedInUser user, Model model) {
    if (user == null || !user.departmentUser()) {
      throw new ResponseStatusException(HttpStatus.NOT_FOUND);
    }
    Workspace workspace = queries.workspace(user.department());
    model.addAttribute("workspace", workspace);
    model.addAttribute("tasks", openTasks(workspace));
    return "workspace";
  }

  static List<OpenTask> openTasks(Workspace workspace) {
    return workspace.campaigns().stream()
        .flatMap(
            campaign ->
                campaign.tasks().stream()
                    .filter(Workspace.Task::open)
                    .map(task -> new OpenTask(campaign, task)))
        .sorted(ORDER)
        .toList();
  }
}
