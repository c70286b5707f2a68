package org.liandong.web.api;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * A case as {@code GET /cases/{caseId}} answers it: who holds it, who it waits for, and each stage
 * of its transfers with the time it took, or has waited so far.
 */
public record CaseFile(
    String caseId,
    String title,
    Named region,
    String campaignId,
    List<String> reports,
    Named holder,
    Named waitingFor,
    List<Stage> stages) {

  /** The stage waiting for a decision, if any: the last, undecided. */
  public Stage awaiting() {
    return stages.isEmpty() || stages.get(stages.size() - 1).outcome() != null
        ? null
        : stages.get(stages.size() - 1);
  }

  /** Whether it waits for this department's acceptance or return. */
  public boolean waitsFor(String department) {
    return waitingFor != null && waitingFor.code().equals(department);
  }

  /** Whether this department holds it with nothing waiting: it may hand it on. */
  public boolean heldBy(String department) {
    return holder != null && holder.code().equals(department) && awaiting() == null;
  }

  public record Stage(
      int stage,
      String transferId,
      Named from,
      Named to,
      String note,
      Instant transferredAt,
      String outcome,
      String reason,
      Instant decidedAt,
      long seconds) {

    public String transferredAtShown() {
      return Moments.shown(transferredAt);
    }

    public String decidedAtShown() {
      return Moments.shown(decidedAt);
    }

    /** The time the stage took, or has waited so far. */
    public Duration took() {
      return Duration.ofSeconds(seconds);
    }
  }
}
