package org.liandong.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** A projection rebuilt from the whole history, timed until the new version has caught up. */
final class Rebuilds {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final BenchmarkPlatform platform;

  Rebuilds(BenchmarkPlatform platform) {
    this.platform = platform;
  }

  /** Events per second the rebuilt version takes in. */
  double rebuild(String projection) throws Exception {
    long start = System.nanoTime();
    JsonNode started =
        JSON.readTree(
            platform.officeQuery("POST", "/projections/" + projection + "/rebuilds").body());
    int version = started.path("building").path("version").asInt();
    if (version == 0) {
      throw new IllegalStateException("the rebuild did not start: " + started);
    }
    Deadline deadline = platform.deadline("the rebuild of " + projection);
    while (true) {
      deadline.check();
      JsonNode status =
          JSON.readTree(platform.officeQuery("GET", "/projections/" + projection).body());
      JsonNode building = status.path("building");
      boolean caughtUp =
          building.isNull() || building.isMissingNode()
              ? status.path("serving").path("version").asInt() == version
              : building.path("eventsBehind").asLong(-1) == 0;
      if (caughtUp) {
        long events =
            building.isNull() || building.isMissingNode()
                ? status.path("serving").path("eventsTotal").asLong()
                : building.path("eventsTotal").asLong();
        return events / RawLimits.seconds(System.nanoTime() - start);
      }
      Thread.sleep(50);
    }
  }
}
