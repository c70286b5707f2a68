package org.liandong.web.layout;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.util.List;

/**
 * One chart as the pages' script ({@code charts.js}) draws it, the same for the dashboards, the
 * statistics and the evaluation ranking: the figure it draws, its kind ({@code bar}, {@code line}
 * over time, or {@code percent}: bars up to 100) and its bars or points.
 */
public record Chart(String figure, String kind, List<Bar> bars) {

  private static final ObjectMapper JSON = new ObjectMapper();

  /**
   * One bar or point: its label, its value and where the reports (or the scorecard) behind the
   * value are listed; no link where there is nothing to open (tasks are not reports).
   */
  public record Bar(String label, BigDecimal value, String link) {}

  /** Bars of {@code figure}. */
  public static Chart bars(String figure, List<Bar> bars) {
    return new Chart(figure, "bar", bars);
  }

  /** This chart as the JSON the page's element carries. */
  public String json() {
    return json(this);
  }

  /** Anything else the script draws (the statistics' tiles) as JSON. */
  public static String json(Object chart) {
    try {
      return JSON.writeValueAsString(chart);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}
