package org.liandong.command.reportindex;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.in;
import static com.mongodb.client.model.Filters.lt;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoBulkWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.BulkWriteOptions;
import com.mongodb.client.model.ReplaceOneModel;
import com.mongodb.client.model.ReplaceOptions;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.axonframework.eventhandling.DomainEventMessage;
import org.bson.Document;
import org.liandong.command.EventLookup;
import org.liandong.command.campaign.ReportIndex;
import org.liandong.command.campaign.ReportRecord;
import org.liandong.command.publishing.PublishedEventFollower;
import org.liandong.command.publishing.SequencePerHistory;
import org.liandong.model.campaign.CampaignEvent;
import org.liandong.model.code.DepartmentCode;
import org.liandong.model.code.RegionCode;
import org.liandong.model.id.CampaignId;
import org.liandong.model.id.ReportId;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

/**
 * The report index in MongoDB, kept from the events this node appends ({@link AppendIndexer}) and
 * from every event as it is published, in one collection: a document per report under its campaign
 * and id, and one per campaign, under the campaign's id, saying up to which sequence every event of
 * its history is in. That sequence rises only over events taken in without a gap, so a campaign
 * forgets a report only once the index holds it as it is; a history the index joins late (a store
 * written before it existed, an index lost) is read from the event after that sequence, by key, a
 * chunk at a time.
 */
@Component
class MongoReportIndex implements ReportIndex, PublishedEventFollower {

  static final String REPORTS = "report_index";
  private static final int CHUNK = 500;
  private static final String CHANGED_AT = "changedAt";
  private static final String INDEXED_TO = "indexedTo";

  private final MongoCollection<Document> reports;
  private final SequencePerHistory indexed;
  private final EventLookup stored;

  MongoReportIndex(MongoTemplate mongo, EventLookup stored) {
    this.reports = mongo.getCollection(REPORTS);
    this.indexed = new SequencePerHistory(reports, INDEXED_TO);
    this.stored = stored;
  }

  /** One keyed read finds the report's record and its campaign's mark together. */
  @Override
  public Optional<ReportRecord> find(CampaignId campaignId, ReportId reportId, long upTo) {
    String subject = campaignId.value();
    String key = key(subject, reportId);
    Map<String, Document> found = new HashMap<>();
    reports
        .find(in("_id", List.of(subject, key)))
        .forEach(stored -> found.put(stored.getString("_id"), stored));
    Document mark = found.get(subject);
    long indexedTo = mark == null ? -1 : mark.get(INDEXED_TO, Number.class).longValue();
    if (indexedTo < upTo) {
      if (catchUp(subject, indexedTo, upTo + 1) < upTo) {
        throw new IllegalStateException(
            "the report index cannot reach sequence " + upTo + " of " + subject);
      }
      found.put(key, reports.find(eq("_id", key)).first());
    }
    return Optional.ofNullable(found.get(key)).map(MongoReportIndex::record);
  }

  @Override
  public long indexedTo(CampaignId campaignId) {
    return marks(List.of(campaignId.value())).get(campaignId.value());
  }

  @Override
  public void follow(List<DomainEventMessage<?>> events) {
    Map<String, List<DomainEventMessage<?>>> histories = new LinkedHashMap<>();
    for (DomainEventMessage<?> event : events) {
      if (event.getPayload() instanceof CampaignEvent) {
        histories
            .computeIfAbsent(event.getAggregateIdentifier(), s -> new ArrayList<>())
            .add(event);
      }
    }
    if (histories.isEmpty()) {
      return;
    }
    Map<String, Long> before = marks(histories.keySet());
    List<DomainEventMessage<?>> next = new ArrayList<>();
    Map<String, Long> reached = new HashMap<>();
    histories.forEach(
        (subject, history) -> {
          long last = catchUp(subject, before.get(subject), history.get(0).getSequenceNumber());
          for (DomainEventMessage<?> event : history) {
            if (event.getSequenceNumber() == last + 1) {
              next.add(event);
              last++;
            }
          }
          reached.put(subject, last);
        });
    take(next, reached);
  }

  /**
   * Takes in the events of a history from the one after {@code last} to the one before {@code
   * first}, which the index missed; the last sequence it then holds.
   */
  private long catchUp(String subject, long last, long first) {
    while (last + 1 < first) {
      List<DomainEventMessage<?>> chunk =
          stored.between(subject, last + 1, Math.min(first - 1, last + CHUNK));
      if (chunk.isEmpty()) {
        return last;
      }
      last = chunk.get(chunk.size() - 1).getSequenceNumber();
      take(chunk, Map.of(subject, last));
    }
    return last;
  }

  /** Writes what the events change of their reports, then how far their histories are in. */
  private void take(List<DomainEventMessage<?>> events, Map<String, Long> reached) {
    Map<String, ReportRecord> changed = new LinkedHashMap<>();
    Map<String, ReportRecord> known = known(events);
    for (DomainEventMessage<?> event : events) {
      ReportId reportId = ReportRecord.reportOf(event.getPayload());
      if (reportId != null) {
        String key = key(event.getAggregateIdentifier(), reportId);
        ReportRecord after =
            ReportRecord.after(known.get(key), event.getPayload(), event.getSequenceNumber());
        known.put(key, after);
        changed.put(key, after);
      }
    }
    write(changed);
    indexed.raise(reached);
  }

  private Map<String, ReportRecord> known(List<DomainEventMessage<?>> events) {
    List<String> keys = new ArrayList<>();
    for (DomainEventMessage<?> event : events) {
      ReportId reportId = ReportRecord.reportOf(event.getPayload());
      if (reportId != null) {
        keys.add(key(event.getAggregateIdentifier(), reportId));
      }
    }
    Map<String, ReportRecord> known = new HashMap<>();
    if (!keys.isEmpty()) {
      reports
          .find(in("_id", keys))
          .forEach(stored -> known.put(stored.getString("_id"), record(stored)));
    }
    return known;
  }

  /**
   * Each record replaces the stored one only if that one was changed before it, so a publisher that
   * lost its lease and is late never moves a report back: it finds a newer one under the id, which
   * refuses its insert as a duplicate key.
   */
  private void write(Map<String, ReportRecord> changed) {
    List<ReplaceOneModel<Document>> writes = new ArrayList<>();
    changed.forEach(
        (key, record) ->
            writes.add(
                new ReplaceOneModel<>(
                    and(eq("_id", key), lt(CHANGED_AT, record.changedAt())),
                    document(key, record),
                    new ReplaceOptions().upsert(true))));
    if (writes.isEmpty()) {
      return;
    }
    try {
      reports.bulkWrite(writes, new BulkWriteOptions().ordered(false));
    } catch (MongoBulkWriteException e) {
      boolean newerStored =
          e.getWriteErrors().stream()
              .allMatch(
                  error ->
                      ErrorCategory.fromErrorCode(error.getCode()) == ErrorCategory.DUPLICATE_KEY);
      if (!newerStored || e.getWriteConcernError() != null) {
        throw e;
      }
    }
  }

  private Map<String, Long> marks(Collection<String> subjects) {
    Map<String, Long> indexedTo = new HashMap<>();
    subjects.forEach(subject -> indexedTo.put(subject, -1L));
    return indexed.read(in("_id", subjects), indexedTo);
  }

  private static String key(String campaignId, ReportId reportId) {
    return campaignId + "/" + reportId.value();
  }

  private static Document document(String key, ReportRecord record) {
    return new Document("_id", key)
        .append("fingerprint", record.fingerprint())
        .append("department", record.department().value())
        .append("cooperating", record.cooperating().stream().map(DepartmentCode::value).toList())
        .append("region", record.region() == null ? null : record.region().value())
        .append("version", record.version())
        .append("retracted", record.retracted())
        .append("currentAt", record.currentAt())
        .append(CHANGED_AT, record.changedAt());
  }

  private static ReportRecord record(Document stored) {
    String region = stored.getString("region");
    return new ReportRecord(
        stored.getLong("fingerprint"),
        new DepartmentCode(stored.getString("department")),
        Set.copyOf(
            stored.getList("cooperating", String.class).stream().map(DepartmentCode::new).toList()),
        region == null ? null : new RegionCode(region),
        stored.getInteger("version"),
        stored.getBoolean("retracted"),
        stored.getLong("currentAt"),
        stored.getLong(CHANGED_AT));
  }
}
