package org.liandong.command.eventstore;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventsourcing.AbstractSnapshotTrigger;
import org.axonframework.eventsourcing.SnapshotTrigger;
import org.axonframework.eventsourcing.SnapshotTriggerDefinition;
import org.axonframework.eventsourcing.Snapshotter;

/**
 * Snapshots a campaign after {@code threshold} events, or after an eighth of its events, whichever
 * is more. A campaign's state grows with its reports (it remembers each, for retries and
 * corrections), so a snapshot every 250 events cost each command more the larger its campaign had
 * grown; spaced with the campaign's length, a snapshot's cost shared by the events since the one
 * before stays the same at any size. What a load replays after the cache lost a campaign is at most
 * that eighth, read by key.
 */
final class SpacedSnapshotTriggerDefinition implements SnapshotTriggerDefinition {

  /** The share of a campaign's events after which its next snapshot is taken, at the least. */
  private static final int SPACING = 8;

  private final Snapshotter snapshotter;
  private final int threshold;

  SpacedSnapshotTriggerDefinition(Snapshotter snapshotter, int threshold) {
    this.snapshotter = snapshotter;
    this.threshold = threshold;
  }

  @Override
  public SnapshotTrigger prepareTrigger(Class<?> aggregateType) {
    return new Trigger(snapshotter, aggregateType, threshold);
  }

  @Override
  public SnapshotTrigger reconfigure(Class<?> aggregateType, SnapshotTrigger trigger) {
    if (trigger instanceof Trigger cached) {
      cached.setSnapshotter(snapshotter);
      return cached;
    }
    return new Trigger(snapshotter, aggregateType, threshold);
  }

  private static final class Trigger extends AbstractSnapshotTrigger {

    private static final long serialVersionUID = 1L;

    private final int threshold;
    private int counter;
    private long sequence;

    Trigger(Snapshotter snapshotter, Class<?> aggregateType, int threshold) {
      super(snapshotter, aggregateType);
      this.threshold = threshold;
    }

    @Override
    public void eventHandled(EventMessage<?> message) {
      if (message instanceof DomainEventMessage<?> event) {
        sequence = event.getSequenceNumber();
      }
      super.eventHandled(message);
    }

    @Override
    protected boolean exceedsThreshold() {
      return ++counter >= Math.max(threshold, sequence / SPACING);
    }

    @Override
    protected void reset() {
      counter = 0;
    }
  }
}
