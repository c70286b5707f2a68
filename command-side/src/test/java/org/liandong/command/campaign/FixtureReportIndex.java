package org.liandong.command.campaign;

import java.util.List;
import java.util.Optional;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.liandong.model.id.CampaignId;
import org.liandong.model.id.ReportId;

/**
 * The report index of an aggregate fixture: it holds every event of the fixture's store, as the
 * index does once publication has caught up, or none, as before publication first reached a
 * campaign.
 */
final class FixtureReportIndex implements ReportIndex {

  private final AggregateTestFixture<?> fixture;
  private final boolean empty;

  FixtureReportIndex(AggregateTestFixture<?> fixture, boolean indexed) {
    this.fixture = fixture;
    this.empty = !indexed;
  }

  /** Holding every event or none, it has no history to read further up to {@code upTo}. */
  @Override
  public Optional<ReportRecord> find(CampaignId campaignId, ReportId reportId, long upTo) {
    ReportRecord known = null;
    for (DomainEventMessage<?> event : events(campaignId)) {
      if (reportId.equals(ReportRecord.reportOf(event.getPayload()))) {
        known = ReportRecord.after(known, event.getPayload(), event.getSequenceNumber());
      }
    }
    return Optional.ofNullable(known);
  }

  @Override
  public long indexedTo(CampaignId campaignId) {
    List<DomainEventMessage<?>> events = events(campaignId);
    return events.isEmpty() ? -1 : events.get(events.size() - 1).getSequenceNumber();
  }

  private List<DomainEventMessage<?>> events(CampaignId campaignId) {
    if (empty) {
      return List.of();
    }
    return fixture
        .getEventStore()
        .readEvents(campaignId.value())
        .asStream()
        .<DomainEventMessage<?>>map(event -> event)
        .toList();
  }
}
