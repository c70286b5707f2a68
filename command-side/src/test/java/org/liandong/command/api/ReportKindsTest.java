package org.liandong.command.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.liandong.model.campaign.FieldReportCommand;

class ReportKindsTest {

  @Test
  @DisplayName("the request-mapping pattern names exactly the mapped paths")
  void patternMatchesMap() {
    assertThat(ReportKinds.PATH_PATTERN.split("\\|"))
        .containsExactlyInAnyOrderElementsOf(ReportKinds.BY_PATH.keySet());
  }

  @Test
  @DisplayName("every kind of report command has a path")
  void everyKindHasAPath() {
    List<Class<?>> kinds = List.copyOf(ReportKinds.BY_PATH.values());
    assertThat(kinds)
        .containsExactlyInAnyOrderElementsOf(
            Arrays.asList(FieldReportCommand.class.getPermittedSubclasses()));
  }
}
