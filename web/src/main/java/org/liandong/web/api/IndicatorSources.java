package org.liandong.web.api;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * What is behind a region's figure of a computed indicator, as recorded by the round's cut-off: the
 * reports, tasks or case transfers that add up to it.
 */
public record IndicatorSources(
    String roundId,
    String region,
    String indicator,
    Instant cutOff,
    BigDecimal figure,
    List<Source> sources) {

  /**
   * One source: {@code kind} {@code REPORT} ({@code id} is {@code campaignId/reportId}), {@code
   * TASK} ({@code campaignId/taskId}) or {@code TRANSFER} ({@code caseId/stage}).
   */
  public record Source(String kind, String id, String department, String on, BigDecimal adds) {}
}
