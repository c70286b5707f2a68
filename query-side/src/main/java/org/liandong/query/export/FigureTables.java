package org.liandong.query.export;

import java.util.List;
import org.liandong.query.figures.Breakdowns.CategoryEntry;
import org.liandong.query.figures.Breakdowns.DepartmentEntry;
import org.liandong.query.figures.Breakdowns.QuantityView;
import org.liandong.query.figures.Breakdowns.RegionEntry;
import org.liandong.query.figures.Breakdowns.RightEntry;
import org.liandong.query.figures.TotalsView;

/**
 * The tables every figures view shares: "figures", a row of totals for the whole and for each entry
 * of its breakdowns (the {@code breakdown} column says which: department, region, right, ...), and
 * "categories", the goods seized per category and unit.
 */
public final class FigureTables {

  private FigureTables() {}

  public static Table.Builder figures() {
    return Table.ofTotals("figures", "breakdown", "code", "nameZh", "nameEn");
  }

  public static Table.Builder total(Table.Builder figures, String breakdown, TotalsView totals) {
    return figures.row(breakdown, null, null, null, Table.totals(totals));
  }

  public static Table.Builder departments(Table.Builder figures, List<DepartmentEntry> entries) {
    entries.forEach(
        entry ->
            figures.row(
                "department", Table.named(entry.department()), Table.totals(entry.totals())));
    return figures;
  }

  public static Table.Builder regions(Table.Builder figures, List<RegionEntry> entries) {
    entries.forEach(
        entry -> figures.row("region", Table.named(entry.region()), Table.totals(entry.totals())));
    return figures;
  }

  public static Table.Builder rights(Table.Builder figures, List<RightEntry> entries) {
    entries.forEach(
        entry -> figures.row("right", entry.right(), null, null, Table.totals(entry.totals())));
    return figures;
  }

  public static Table categories(List<CategoryEntry> entries) {
    Table.Builder table =
        Table.named(
            "categories",
            "code",
            "nameZh",
            "nameEn",
            "seizures",
            "goodsValueCny",
            "unit",
            "amount");
    for (CategoryEntry entry : entries) {
      List<QuantityView> quantities =
          entry.quantities().isEmpty() ? List.of(new QuantityView(null, null)) : entry.quantities();
      for (QuantityView quantity : quantities) {
        table.row(
            Table.named(entry.category()),
            entry.seizures(),
            entry.goodsValueCny(),
            quantity.unit(),
            quantity.amount());
      }
    }
    return table.build();
  }
}
