package org.liandong.command.publishing;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

/**
 * Which command-side node publishes: one at a time, so that each history goes to the topic in one
 * order. The holder renews its lease on every sweep; when a node dies its lease runs out and
 * another takes over from the cursors. A holder that pauses past its lease may still finish a batch
 * while the next one starts: records then come twice, in order, and readers drop the repeat.
 */
@Component
class PublisherLease {

  static final String COLLECTION = "publication_lease";
  private static final String ID = "publisher";

  private final MongoCollection<Document> leases;
  private final PublicationProperties properties;
  private final Clock clock;
  private final String node = nodeName();
  private volatile boolean held;

  PublisherLease(MongoTemplate mongo, PublicationProperties properties, Clock clock) {
    this.leases = mongo.getCollection(COLLECTION);
    this.properties = properties;
    this.clock = clock;
  }

  /** Takes or renews the lease; whether this node holds it now. */
  boolean renew() {
    Instant now = clock.instant();
    try {
      leases.updateOne(
          Filters.and(
              Filters.eq("_id", ID),
              Filters.or(Filters.eq("node", node), Filters.lt("expiresAt", now))),
          Updates.combine(
              Updates.set("node", node), Updates.set("expiresAt", now.plus(properties.lease()))),
          new UpdateOptions().upsert(true));
      held = true;
    } catch (MongoWriteException e) {
      if (e.getError().getCategory() != ErrorCategory.DUPLICATE_KEY) {
        throw e;
      }
      held = false;
    }
    return held;
  }

  boolean held() {
    return held;
  }

  /** The process and host, for an operator who reads the lease; unique per start. */
  private static String nodeName() {
    String host;
    try {
      host = InetAddress.getLocalHost().getHostName();
    } catch (UnknownHostException e) {
      host = "unknown-host";
    }
    return ProcessHandle.current().pid() + "@" + host + "/" + UUID.randomUUID();
  }

  /** Lets another node take over at once, on a clean stop. */
  void release() {
    if (held) {
      leases.deleteOne(Filters.and(Filters.eq("_id", ID), Filters.eq("node", node)));
      held = false;
    }
  }
}
