package org.liandong.command.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.liandong.model.campaign.ReportDetails;

class ReportKindsTest {

  @Test
  @DisplayName("each path is a lower-case segment taken by no other endpoint of a campaign")
  void pathsAreSegments() {
    assertThat(ReportKinds.BY_PATH.keySet())
        .allMatch(path -> path.matches("[a-z]+(-[a-z]+)*"))
        .doesNotContain(
            "tasks", "reports", "targets", "phase", "regions", "departments", "closure");
  }

  @Test
  @DisplayName("every kind of report has a path")
  void everyKindHasAPath() {
    List<Class<?>> kinds = List.copyOf(ReportKinds.BY_PATH.values());
    assertThat(kinds).containsExactlyInAnyOrderElementsOf(ReportDetails.kinds());
  }
}
