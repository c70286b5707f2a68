package org.liandong.query.figures;

import java.util.List;
import java.util.SortedMap;
import org.bson.Document;
import org.liandong.query.figures.Breakdowns.CategoryEntry;
import org.liandong.query.figures.Breakdowns.DepartmentEntry;
import org.liandong.query.figures.Breakdowns.RegionEntry;
import org.liandong.query.figures.Breakdowns.RightEntry;

/**
 * The blocks of totals a projection document keeps at one level (its root, or one campaign within
 * it), read back. The keys of the blocks are named here once: {@link ReportIncrements} writes by
 * them, {@link #read} reads by them. A block a document does not keep reads as empty.
 *
 * @param jointTotals the joint operations a department took part in without reporting them
 * @param national the national figures, reported for no region: in the totals, in no region's
 * @param byWeek totals by the ISO week things happened in, such as {@code 2020-W33}
 */
public record FigureBlocks(
    TotalsView totals,
    TotalsView jointTotals,
    List<DepartmentEntry> byDepartment,
    List<RegionEntry> byRegion,
    TotalsView national,
    List<CategoryEntry> byCategory,
    List<RightEntry> byRight,
    SortedMap<String, TotalsView> byWeek) {

  public static final String TOTALS = "totals";
  public static final String JOINT_TOTALS = "jointTotals";
  public static final String BY_DEPARTMENT = "byDepartment";
  public static final String BY_REGION = "byRegion";
  public static final String NATIONAL = "national";
  public static final String BY_CATEGORY = "byCategory";
  public static final String BY_RIGHT = "byRight";
  public static final String BY_WEEK = "byWeek";

  /** The blocks kept in {@code level}, a projection document or a part of one. */
  public static FigureBlocks read(Document level) {
    return new FigureBlocks(
        TotalsView.from(level.get(TOTALS, Document.class)),
        TotalsView.from(level.get(JOINT_TOTALS, Document.class)),
        Breakdowns.byDepartment(block(level, BY_DEPARTMENT)),
        Breakdowns.byRegion(block(level, BY_REGION)),
        TotalsView.from(level.get(NATIONAL, Document.class)),
        Breakdowns.byCategory(block(level, BY_CATEGORY)),
        Breakdowns.byRight(block(level, BY_RIGHT)),
        Breakdowns.byKey(block(level, BY_WEEK)));
  }

  /** The dotted path of keys below one another, for a write; empty keys are left out. */
  public static String path(String... keys) {
    StringBuilder path = new StringBuilder();
    for (String key : keys) {
      if (!key.isEmpty()) {
        path.append(path.isEmpty() ? "" : ".").append(key);
      }
    }
    return path.toString();
  }

  private static Document block(Document level, String key) {
    return level.get(key, new Document());
  }
}
