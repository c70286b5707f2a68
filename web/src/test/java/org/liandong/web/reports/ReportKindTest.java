package org.liandong.web.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.liandong.model.campaign.ReportDetails;
import org.liandong.model.code.RightType;

@DisplayName("The report kinds the form offers, read from the contract's catalogue")
class ReportKindTest {

  @Test
  @DisplayName("are every kind of the catalogue, each at its own path, the judicial chain included")
  void everyKind() {
    assertThat(ReportKind.all()).hasSize(ReportDetails.kinds().size());
    assertThat(ReportKind.all())
        .extracting(ReportKind::path)
        .doesNotHaveDuplicates()
        .contains(
            "goods-seizures",
            "officer-dispatches",
            "case-referrals",
            "arrest-approvals",
            "prosecutions",
            "court-conclusions");
    assertThat(ReportKind.byEvent("CourtCasesConcluded").map(ReportKind::path))
        .contains("court-conclusions");
    assertThat(ReportKind.byEvent("ArrestsApproved").map(ReportKind::path))
        .contains("arrest-approvals");
  }

  @Test
  @DisplayName("begin with the header: region and notes optional, the day and reporter required")
  void header() {
    assertThat(ReportKind.HEADER)
        .extracting(ReportField::name, ReportField::type, ReportField::required)
        .containsExactly(
            tuple("region", FieldType.REGION, false),
            tuple("occurredOn", FieldType.DATE, true),
            tuple("reportedBy", FieldType.TEXT, true),
            tuple("notes", FieldType.LONG_TEXT, false));
  }

  @Test
  @DisplayName("split a quantity into its amount and unit, both required; the value optional")
  void seizure() {
    assertThat(ReportForms.kindOf("goods-seizures").ownFields())
        .extracting(ReportField::name, ReportField::type, ReportField::required)
        .containsExactly(
            tuple("category", FieldType.CATEGORY, true),
            tuple("quantity.amount", FieldType.AMOUNT, true),
            tuple("quantity.unit", FieldType.UNIT, true),
            tuple("estimatedValue", FieldType.AMOUNT, false));
  }

  @Test
  @DisplayName("make an enum a choice of its constants, the right of cases filed optional")
  void casesFiled() {
    ReportField right =
        ReportForms.kindOf("cases-filed").ownFields().stream()
            .filter(field -> field.name().equals("right"))
            .findFirst()
            .orElseThrow();
    assertThat(right.type()).isEqualTo(FieldType.CHOICE);
    assertThat(right.required()).isFalse();
    assertThat(right.choices()).hasSize(RightType.values().length).contains("TRADEMARK");
    assertThat(ReportForms.kindOf("cases-filed").ownFields())
        .filteredOn(ReportField::required)
        .extracting(ReportField::name)
        .containsExactly("caseKind", "cases");
  }

  @Test
  @DisplayName("ask of the contract which fields a report can do without")
  void optionalFields() {
    assertThat(ReportForms.kindOf("arrest-approvals").ownFields())
        .extracting(ReportField::name, ReportField::required)
        .containsExactly(tuple("cases", false), tuple("persons", true));
    assertThat(ReportForms.kindOf("court-conclusions").ownFields())
        .hasSize(4)
        .noneMatch(ReportField::required);
    assertThat(ReportForms.kindOf("officer-dispatches").ownFields())
        .extracting(ReportField::name, ReportField::type, ReportField::required)
        .containsExactly(tuple("officers", FieldType.COUNT, true));
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"messages.properties", "messages_en.properties"})
  @DisplayName("have a label for every kind, field and choice in both languages")
  void labelled(String bundle) throws IOException {
    Properties labels = bundle(bundle);
    for (ReportKind kind : ReportKind.all()) {
      assertThat(labels).as(kind.path()).containsKeys("kind." + kind.path());
      assertThat(labels).as(kind.event()).containsKeys("kind.event." + kind.event());
      for (ReportField field : kind.fields()) {
        assertThat(labels).as(field.name()).containsKeys("field." + field.name());
        field.choices().forEach(choice -> assertThat(labels).containsKeys("choice." + choice));
      }
    }
  }

  private static Properties bundle(String name) throws IOException {
    Properties properties = new Properties();
    try (InputStream in = ReportKindTest.class.getResourceAsStream("/" + name)) {
      properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
    return properties;
  }
}
