package org.liandong.query.figures;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.bson.Document;
import org.liandong.model.reference.ReferenceEntry;

/**
 * Turns the maps of totals kept in projection documents (keyed by region, department or category
 * code) into lists for the API, each entry named by {@link Names}, in code order.
 */
public final class Breakdowns {

  static final String SEIZURES = "seizures";
  static final String GOODS_VALUE_FEN = "goodsValueFen";
  static final String QUANTITIES_MILLI = "quantitiesMilli";

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

  static List<RegionEntry> byRegion(Document byRegion) {
    return entries(byRegion, Names::region, RegionEntry::new);
  }

  static List<DepartmentEntry> byDepartment(Document byDepartment) {
    return entries(byDepartment, Names::department, DepartmentEntry::new);
  }

  static List<RightEntry> byRight(Document byRight) {
    return entries(byRight, Function.identity(), RightEntry::new);
  }

  /** Totals by a key that needs no name, such as an ISO week, in key order. */
  public static SortedMap<String, TotalsView> byKey(Document blocks) {
    SortedMap<String, TotalsView> totals = new TreeMap<>();
    blocks.forEach((key, block) -> totals.put(key, TotalsView.from((Document) block)));
    return totals;
  }

  static List<CategoryEntry> byCategory(Document byCategory) {
    List<CategoryEntry> result = new ArrayList<>();
    for (Map.Entry<String, Object> entry : sorted(byCategory)) {
      Document block = (Document) entry.getValue();
      Document quantities = block.get(QUANTITIES_MILLI, new Document());
      List<QuantityView> amounts = new ArrayList<>();
      for (Map.Entry<String, Object> quantity : sorted(quantities)) {
        amounts.add(
            new QuantityView(
                quantity.getKey(), Numbers.ofMilli(((Number) quantity.getValue()).longValue())));
      }
      result.add(
          new CategoryEntry(
              Names.category(entry.getKey()),
              Numbers.count(block, SEIZURES),
              Numbers.yuan(block, GOODS_VALUE_FEN),
              amounts));
    }
    return result;
  }

  private static <N, E> List<E> entries(
      Document blocks, Function<String, N> name, BiFunction<N, TotalsView, E> entry) {
    List<E> result = new ArrayList<>();
    for (Map.Entry<String, Object> block : sorted(blocks)) {
      result.add(
          entry.apply(name.apply(block.getKey()), TotalsView.from((Document) block.getValue())));
    }
    return result;
  }

  private static List<Map.Entry<String, Object>> sorted(Document document) {
    return document.entrySet().stream().sorted(Map.Entry.comparingByKey()).toList();
  }
}
