package org.liandong.access;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.gt;
import static com.mongodb.client.model.Filters.lte;

import com.mongodb.client.MongoCollection;
import java.time.Clock;
import java.time.Duration;
import org.bson.Document;

/**
 * Failed sign-ins per user name over the last minute, one document per failure in MongoDB, so that
 * both sides and every node of each count the same failures: a name failing on one is locked on
 * all. A name is locked while it has the limit's number of failures less than a minute old.
 */
class SignInFailures {

  static final Duration WINDOW = Duration.ofMinutes(1);

  private final MongoCollection<Document> failures;
  private final int limit;
  private final Clock clock;

  SignInFailures(MongoCollection<Document> failures, int limit, Clock clock) {
    this.failures = failures;
    this.limit = limit;
    this.clock = clock;
  }

  void failed(String user) {
    long now = clock.millis();
    failures.insertOne(new Document("user", user).append("at", now));
    // The store may not expire documents by itself (the MongoDB stand-in ignores TTL indexes), and
    // a name that never fails again would otherwise keep its failures for ever.
    failures.deleteMany(lte("at", now - WINDOW.toMillis()));
  }

  boolean locked(String user) {
    long since = clock.millis() - WINDOW.toMillis();
    return failures.countDocuments(and(eq("user", user), gt("at", since))) >= limit;
  }
}
