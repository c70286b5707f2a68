package org.liandong.model.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.liandong.model.code.DepartmentCode;
import org.liandong.model.code.RegionCode;

@DisplayName("Actors")
class ActorTest {

  @Test
  @DisplayName("a department user acts for its department, and in its region when limited to one")
  void departmentUser() {
    Actor hebei =
        new Actor("mps.hebei", Role.DEPARTMENT, new DepartmentCode("MPS"), new RegionCode("13"));
    assertThat(hebei.actsFor(new DepartmentCode("MPS"))).isTrue();
    assertThat(hebei.actsFor(new DepartmentCode("SAMR"))).isFalse();
    assertThat(hebei.actsIn(new RegionCode("13"))).isTrue();
    assertThat(hebei.actsIn(new RegionCode("44"))).isFalse();
    assertThat(hebei.readsAll()).isFalse();
  }

  @Test
  @DisplayName("only department users have a department or a region")
  void shapes() {
    assertThatThrownBy(() -> new Actor("x", Role.DEPARTMENT, null, null))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Actor("x", Role.OFFICE, new DepartmentCode("MPS"), null))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Actor("x", Role.AUDITOR, null, new RegionCode("13")))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(new Actor("wang", Role.OFFICE, null, null).actsFor(new DepartmentCode("MPS")))
        .isFalse();
  }

  @Test
  @DisplayName("the office, evaluators and auditors read everything; no other role does")
  void readers() {
    assertThat(Arrays.stream(Role.values()).filter(Role::readsAll))
        .containsExactlyInAnyOrder(Role.OFFICE, Role.EVALUATOR, Role.AUDITOR);
    assertThat(new Actor("audit.li", Role.AUDITOR, null, null).readsAll()).isTrue();
  }
}
