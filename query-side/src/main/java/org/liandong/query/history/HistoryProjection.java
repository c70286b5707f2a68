package org.liandong.query.history;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.mongodb.client.model.IndexModel;
import com.mongodb.client.model.Indexes;
import java.util.List;
import java.util.Map;
import org.bson.Document;
import org.liandong.model.campaign.CampaignJson;
import org.liandong.model.envelope.EventEnvelope;
import org.liandong.query.projection.GuardedWrite;
import org.liandong.query.projection.OncePerSequence;
import org.liandong.query.projection.Projection;
import org.springframework.stereotype.Component;

/**
 * Every event of every campaign and case, with who caused it and when: the history the office and
 * the auditors read. One document per event ({@link HistoryEntry}), written once (a redelivered
 * event finds it there).
 */
@Component
class HistoryProjection implements Projection {

  static final String NAME = "history";

  /** Amounts stay exact decimals, as the contract has them. */
  private static final ObjectMapper JSON =
      CampaignJson.mapper().copy().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public List<IndexModel> indexes() {
    return List.of(
        new IndexModel(
            Indexes.compoundIndex(
                Indexes.ascending(HistoryEntry.SUBJECT),
                Indexes.ascending(HistoryEntry.SEQUENCE))));
  }

  @Override
  public List<GuardedWrite> writesFor(EventEnvelope envelope) {
    Document entry =
        new Document(HistoryEntry.SUBJECT, envelope.subject())
            .append(HistoryEntry.TYPE, envelope.event().getClass().getSimpleName())
            .append(HistoryEntry.RECORDED_AT, envelope.storedAt().toString())
            .append(HistoryEntry.ACTOR, HistoryEntry.Acting.stored(envelope.actor()))
            .append(
                HistoryEntry.EVENT, new Document(JSON.convertValue(envelope.event(), Map.class)));
    return List.of(
        OncePerSequence.insert(
            envelope.subject() + "/" + envelope.sequence(),
            HistoryEntry.SEQUENCE,
            envelope.sequence(),
            entry));
  }
}
