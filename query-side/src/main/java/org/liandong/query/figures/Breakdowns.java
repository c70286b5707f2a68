package org.liandong.query.figures;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.bson.Document;
import org.liandong.model.reference.ReferenceEntry;

/**
 * Turns the maps of totals kept in projection documents (keyed by region, department or category
 * code) into lists for the API, each entry named by {@link Names}, in code order.
 */
public final class Breakdowns {

  public record RegionEntry(ReferenceEntry region, TotalsView totals) {}

  public record DepartmentEntry(ReferenceEntry department, TotalsView totals) {}

  /** Totals of the cases filed concerning one kind of right (or none stated). */
  public record RightEntry(String right, TotalsView totals) {}

  /** Totals for one goods category, with the quantities seized per unit. */
  public record CategoryEntry(
      ReferenceEntry category,
      long seizures,
      BigDecimal goodsValueCny,
      List<QuantityView> quantities) {}

  public record QuantityView(String unit, BigDecimal amount) {}

  private Breakdowns() {}

  public static List<RegionEntry> byRegion(Document parent, String key) {
    return entries(parent, key, Names::region, RegionEntry::new);
  }

  public static List<DepartmentEntry> byDepartment(Document parent, String key) {
    return entries(parent, key, Names::department, DepartmentEntry::new);
  }

  public static List<RightEntry> byRight(Document parent) {
    return entries(parent, "byRight", Function.identity(), RightEntry::new);
  }

  public static List<CategoryEntry> byCategory(Document parent, String key) {
    List<CategoryEntry> result = new ArrayList<>();
    for (Map.Entry<String, Object> entry : sortedMap(parent, key)) {
      Document block = (Document) entry.getValue();
      Document quantities = block.get("quantitiesMilli", new Document());
      List<QuantityView> amounts = new ArrayList<>();
      for (Map.Entry<String, Object> quantity : sorted(quantities)) {
        amounts.add(
            new QuantityView(
                quantity.getKey(), Numbers.ofMilli(((Number) quantity.getValue()).longValue())));
      }
      result.add(
          new CategoryEntry(
              Names.category(entry.getKey()),
              Numbers.count(block, "seizures"),
              Numbers.yuan(block, "goodsValueFen"),
              amounts));
    }
    return result;
  }

  private static <N, E> List<E> entries(
      Document parent, String key, Function<String, N> name, BiFunction<N, TotalsView, E> entry) {
    List<E> result = new ArrayList<>();
    for (Map.Entry<String, Object> block : sortedMap(parent, key)) {
      result.add(
          entry.apply(name.apply(block.getKey()), TotalsView.from((Document) block.getValue())));
    }
    return result;
  }

  private static List<Map.Entry<String, Object>> sortedMap(Document parent, String key) {
    return sorted(parent.get(key, new Document()));
  }

  private static List<Map.Entry<String, Object>> sorted(Document document) {
    return document.entrySet().stream().sorted(Map.Entry.comparingByKey()).toList();
  }
}
