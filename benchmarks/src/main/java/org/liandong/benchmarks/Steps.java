package org.liandong.benchmarks;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The steps of a run, in order. A step that fails (an error, a deadline passed) is reported in the
 * table as failed, with its reason, and the next step runs: one broken measurement never costs the
 * others, and the run always ends.
 */
final class Steps {

  /** A step: measures its figures into the list. */
  interface Step {
    void measure(List<Figure> into) throws Exception;
  }

  private final List<Figure> figures = new ArrayList<>();
  private Integer events;

  /** The store size the steps from now on are measured at. */
  void at(int events) {
    this.events = events;
  }

  /** Runs the step: its figures, or a failed figure and why. */
  void run(String name, Step step) throws InterruptedException {
    String at = events == null ? "" : " (" + events + " events)";
    System.out.println(Instant.now() + " benchmark: " + name + at);
    List<Figure> measured = new ArrayList<>();
    try {
      step.measure(measured);
      measured.forEach(figure -> figures.add(figure.at(events)));
    } catch (InterruptedException e) {
      throw e;
    } catch (Exception e) {
      String reason = e.getClass().getSimpleName() + ": " + e.getMessage();
      System.out.println(Instant.now() + " benchmark: " + name + at + " FAILED, " + reason);
      figures.add(Figure.failed(name, events, reason));
    }
  }

  List<Figure> figures() {
    return figures;
  }
}
