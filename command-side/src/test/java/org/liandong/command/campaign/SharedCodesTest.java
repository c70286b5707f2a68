package org.liandong.command.campaign;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.liandong.model.campaign.CampaignJson;
import org.liandong.model.code.DepartmentCode;
import org.liandong.model.code.RegionCode;

@DisplayName("Report records share their codes, up to a bound")
class SharedCodesTest {

  private static final ObjectMapper JSON = CampaignJson.mapper();

  @Test
  @DisplayName("records made from equal codes, or read from a snapshot, hold one instance of each")
  void recordsShareCodes() throws Exception {
    ReportRecord made = record(new DepartmentCode("SHARED_A"), new RegionCode("31"));
    ReportRecord again = record(new DepartmentCode("SHARED_A"), new RegionCode("31"));
    ReportRecord read = JSON.readValue(JSON.writeValueAsString(made), ReportRecord.class);

    assertThat(again.department()).isSameAs(made.department());
    assertThat(again.region()).isSameAs(made.region());
    assertThat(read.department()).isSameAs(made.department());
    assertThat(read.region()).isSameAs(made.region());
    assertThat(record(new DepartmentCode("SHARED_A"), null).region()).isNull();
  }

  @Test
  @DisplayName("past its limit of distinct codes a new code is kept as it comes, an old one shared")
  void boundedByItsLimit() {
    SharedCodes codes = new SharedCodes(3);
    DepartmentCode first = codes.shared(new DepartmentCode("FIRST"));
    codes.shared(new DepartmentCode("SECOND"));
    codes.shared(new RegionCode("11"));
    DepartmentCode late = new DepartmentCode("LATE");

    assertThat(codes.shared(late)).isSameAs(late);
    assertThat(codes.shared(new DepartmentCode("LATE"))).isNotSameAs(late).isEqualTo(late);
    assertThat(codes.shared(new DepartmentCode("FIRST"))).isSameAs(first);
  }

  private static ReportRecord record(DepartmentCode department, RegionCode region) {
    return new ReportRecord(7L, department, Set.of(), region, 1, false, 3L, 3L);
  }
}
