package org.liandong.model.evaluation;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Ranks by a figure, highest first. Equal figures share a rank, and the ranks after them skip as
 * many places as shared them (1, 1, 3): the ranking a published result and a computed indicator
 * both use.
 */
public final class Ranking {

  private Ranking() {}

  /** Each key's rank, in rank order (keys of equal figures in their order in the map). */
  public static <K> Map<K, Integer> of(Map<K, BigDecimal> figures) {
    List<Map.Entry<K, BigDecimal>> ordered = new ArrayList<>(figures.entrySet());
    ordered.sort((a, b) -> b.getValue().compareTo(a.getValue()));
    Map<K, Integer> ranks = new LinkedHashMap<>();
    for (int i = 0; i < ordered.size(); i++) {
      boolean tied =
          i > 0 && ordered.get(i).getValue().compareTo(ordered.get(i - 1).getValue()) == 0;
      ranks.put(ordered.get(i).getKey(), tied ? ranks.get(ordered.get(i - 1).getKey()) : i + 1);
    }
    return ranks;
  }
}
