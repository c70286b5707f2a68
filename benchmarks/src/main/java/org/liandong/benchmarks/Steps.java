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

  /** What the log calls the steps: the run's, or its warm-up's. */
  private final String name;

  private final List<Figure> figures = new ArrayList<>();
  private Integer events;

  /** The measured steps of a run. */
  Steps() {
    this("benchmark");
  }

  /** Steps logged under another name, as {@code warm-up}. */
  Steps(String name) {
    this.name = name;
  }

  /** The store size the steps from now on are measured at. */
  void at(int events) {
    this.events = events;
  }

  /** Runs the step: its figures, or a failed figure and why. */
  void run(String step, Step measure) throws InterruptedException {
    String at = events == null ? "" : " (" + events + " events)";
    System.out.println(Instant.now() + " " + name + ": " + step + at);
    List<Figure> measured = new ArrayList<>();
    try {
      measure.measure(measured);
      measured.forEach(figure -> figures.add(figure.at(events)));
    } catch (InterruptedException e) {
      throw e;
    } catch (Exception e) {
      String reason = e.getClass().getSimpleName() + ": " + e.getMessage();
      System.out.println(Instant.now() + " " + name + ": " + step + at + " FAILED, " + reason);
      figures.add(Figure.failed(step, events, reason));
    }
  }

  List<Figure> figures() {
    return figures;
  }
}
