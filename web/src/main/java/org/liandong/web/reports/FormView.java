package org.liandong.web.reports;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.liandong.model.reference.ReferenceData;
import org.liandong.model.reference.ReferenceEntry;
import org.liandong.web.api.CampaignSummary;
import org.liandong.web.api.Named;

/**
 * What the one report-form fragment draws for a kind: its fields with their choices in the page's
 * language, the values entered so far and the API's reasons by field.
 */
record FormView(
    ReportKind kind,
    List<FieldView> fields,
    Map<String, String> values,
    Map<String, String> errors,
    String problem) {

  /** A field as drawn: its input's id and its choices, code and label. */
  record FieldView(ReportField field, List<Choice> choices) {

    public String id() {
      return field.inputId();
    }
  }

  record Choice(String code, String label) {}

  static FormView of(
      ReportKind kind,
      CampaignSummary campaign,
      Locale locale,
      Map<String, String> values,
      Map<String, String> errors,
      String problem) {
    List<FieldView> fields =
        kind.fields().stream()
            .map(field -> new FieldView(field, choices(field, campaign, locale)))
            .toList();
    return new FormView(kind, fields, values, errors, problem);
  }

  /** The code of the kind, as the page names it in its messages and links. */
  public String kindPath() {
    return kind.path();
  }

  private static List<Choice> choices(ReportField field, CampaignSummary campaign, Locale locale) {
    return switch (field.type()) {
      case REGION ->
          campaign.regions().stream().map(r -> new Choice(r.code(), r.label(locale))).toList();
      case CATEGORY -> referenced(ReferenceData.instance().goodsCategories(), locale);
      case UNIT -> referenced(ReferenceData.instance().units(), locale);
      case CHOICE -> field.choices().stream().map(code -> new Choice(code, code)).toList();
      default -> List.of();
    };
  }

  private static List<Choice> referenced(List<ReferenceEntry> entries, Locale locale) {
    return entries.stream()
        .map(
            entry ->
                new Choice(
                    entry.code(),
                    new Named(entry.code(), entry.nameZh(), entry.nameEn()).label(locale)))
        .toList();
  }
}
