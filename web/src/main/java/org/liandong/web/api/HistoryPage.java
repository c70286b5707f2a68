package org.liandong.web.api;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/** A page of who did what to a campaign or a case, oldest first. */
public record HistoryPage(String subject, int page, int size, long total, List<Entry> items) {

  /** Whether a page follows this one. */
  public boolean more() {
    return (long) (page + 1) * size < total;
  }

  /**
   * One event: its type, when it was recorded, who caused it (none for what the platform did by
   * itself) and the event as the contract writes it.
   */
  public record Entry(String type, Instant recordedAt, Actor actor, Map<String, Object> event) {

    public String recordedAtShown() {
      return Moments.shown(recordedAt);
    }
  }

  public record Actor(String user, String role, String department, String region) {}
}
