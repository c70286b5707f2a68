package org.liandong.model.campaign;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.liandong.model.code.CategoryCode;
import org.liandong.model.code.DepartmentCode;
import org.liandong.model.code.Quantity;
import org.liandong.model.code.RegionCode;
import org.liandong.model.code.UnitCode;
import org.liandong.model.id.CampaignId;
import org.liandong.model.id.ReportId;

class ReportCorrectedJsonTest {

  private static final ObjectMapper JSON = CampaignJson.mapper();
  private static final CampaignId ID = new CampaignId("JSON-2020");

  @Test
  @DisplayName("a correction names the kind of the reports it holds and reads back equal")
  void roundTrip() throws Exception {
    GoodsSeized previous =
        new GoodsSeized(
            ID,
            new ReportId("R-1"),
            new ReportHeader(
                new DepartmentCode("MPS"),
                new RegionCode("44"),
                LocalDate.of(2020, 8, 1),
                "officer",
                Set.of(),
                null),
            new GoodsSeizure(
                new CategoryCode("APPAREL"),
                new Quantity(new BigDecimal("10"), new UnitCode("kg")),
                null),
            false);
    GoodsSeized corrected =
        new GoodsSeized(
            ID,
            new ReportId("R-1"),
            new ReportHeader(
                new DepartmentCode("MPS"),
                new RegionCode("44"),
                LocalDate.of(2020, 8, 1),
                "officer",
                Set.of(new DepartmentCode("SAMR")),
                null),
            new GoodsSeizure(
                new CategoryCode("APPAREL"),
                new Quantity(new BigDecimal("12"), new UnitCode("kg")),
                null),
            false);
    ReportCorrected event =
        new ReportCorrected(ID, new ReportId("R-1"), 2, "miscounted", previous, corrected);

    String json = JSON.writeValueAsString(event);
    JsonNode tree = JSON.readTree(json);
    assertThat(tree.path("previous").path("kind").asText()).isEqualTo("GoodsSeized");
    assertThat(JSON.readValue(json, ReportCorrected.class)).isEqualTo(event);
    assertThat(JSON.readTree(JSON.writeValueAsString(previous)).has("kind")).isFalse();
  }
}
