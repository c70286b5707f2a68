package org.liandong.web.statistics;

import java.util.Map;

/**
 * Where each of the 32 evaluated regions (GB/T 2260 codes, 66 for the XPCC) stands on a tile grid
 * of ten columns and eight rows, roughly as on a map of China, so that a figure by region reads at
 * a glance without map files. A layout, not a list of regions: the regions come from the reference
 * data, and one without a place here is left off the grid (it stays in the table).
 */
final class RegionGrid {

  static final int COLUMNS = 10;
  static final int ROWS = 8;

  /** Code to {row, column}. */
  private static final Map<String, int[]> PLACES =
      Map.ofEntries(
          Map.entry("23", new int[] {0, 9}),
          Map.entry("65", new int[] {1, 1}),
          Map.entry("66", new int[] {1, 2}),
          Map.entry("15", new int[] {1, 6}),
          Map.entry("22", new int[] {1, 9}),
          Map.entry("63", new int[] {2, 3}),
          Map.entry("62", new int[] {2, 4}),
          Map.entry("64", new int[] {2, 5}),
          Map.entry("14", new int[] {2, 6}),
          Map.entry("13", new int[] {2, 7}),
          Map.entry("11", new int[] {2, 8}),
          Map.entry("21", new int[] {2, 9}),
          Map.entry("54", new int[] {3, 2}),
          Map.entry("61", new int[] {3, 5}),
          Map.entry("41", new int[] {3, 6}),
          Map.entry("37", new int[] {3, 7}),
          Map.entry("12", new int[] {3, 8}),
          Map.entry("51", new int[] {4, 4}),
          Map.entry("50", new int[] {4, 5}),
          Map.entry("42", new int[] {4, 6}),
          Map.entry("34", new int[] {4, 7}),
          Map.entry("32", new int[] {4, 8}),
          Map.entry("53", new int[] {5, 4}),
          Map.entry("52", new int[] {5, 5}),
          Map.entry("43", new int[] {5, 6}),
          Map.entry("36", new int[] {5, 7}),
          Map.entry("33", new int[] {5, 8}),
          Map.entry("31", new int[] {5, 9}),
          Map.entry("45", new int[] {6, 5}),
          Map.entry("44", new int[] {6, 6}),
          Map.entry("35", new int[] {6, 7}),
          Map.entry("46", new int[] {7, 5}));

  private RegionGrid() {}

  /** The region's {row, column}, or null when it has no place on the grid. */
  static int[] place(String code) {
    return PLACES.get(code);
  }
}
