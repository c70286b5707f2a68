package org.liandong.model.reference;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ReferenceDataTest {

  private final ReferenceData reference = ReferenceData.instance();

  @Test
  @DisplayName("32 evaluation regions: the 31 GB/T 2260 provinces and the XPCC, named twice")
  void regions() {
    assertThat(reference.regions()).hasSize(32);
    assertThat(reference.region("11").orElseThrow().nameEn()).isEqualTo("Beijing");
    assertThat(reference.region("65").orElseThrow().nameZh()).isEqualTo("新疆维吾尔自治区");
    assertThat(reference.region("66").orElseThrow().nameEn())
        .isEqualTo("Xinjiang Production and Construction Corps");
    assertThat(reference.regions())
        .allSatisfy(
            region -> {
              assertThat(region.code()).matches("[1-6][0-9]");
              assertThat(region.nameZh()).isNotBlank();
              assertThat(region.nameEn()).isNotBlank();
            });
  }

  @Test
  @DisplayName("departments, goods categories and units are there, with both names")
  void departmentsAndGoods() {
    assertThat(reference.departments())
        .extracting(ReferenceEntry::code)
        .contains("MPS", "SAMR", "GACC", "NCAC", "CNIPA", "SPP", "SPC");
    assertThat(reference.goodsCategories())
        .isNotEmpty()
        .allSatisfy(c -> assertThat(c.nameZh()).isNotBlank());
    assertThat(reference.unit("kg")).isPresent();
    assertThat(reference.department("POLICE")).isEmpty();
  }
}
