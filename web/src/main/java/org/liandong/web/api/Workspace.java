package org.liandong.web.api;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.LocalDate;
import java.util.List;

/** A department's workspace, {@code GET /departments/{code}}: its campaigns and their tasks. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Workspace(Named department, List<Campaign> campaigns) {

  public Workspace {
    campaigns = campaigns == null ? List.of() : campaigns;
  }

  @JsonIgnoreProperties(ignoreUnknown = true)
  public record Campaign(
      String campaignId, String name, String phase, String role, List<Task> tasks) {

    public Campaign {
      tasks = tasks == null ? List.of() : tasks;
    }
  }

  @JsonIgnoreProperties(ignoreUnknown = true)
  public record Task(
      String taskId, String title, Named region, LocalDate dueOn, String status, boolean overdue) {

    /** Neither completed nor cancelled. */
    public boolean open() {
      return !"COMPLETED".equals(status) && !"CANCELLED".equals(status);
    }
  }
}
