package org.liandong.command.reportindex;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.axonframework.eventhandling.DomainEventMessage;
import org.liandong.command.publishing.AppendedEventFollower;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Takes the events this node appends into the report index on a thread of its own, so that the
 * index, and with it what campaigns may forget, keeps up with the store while the topic is
 * unreachable or the publisher is behind. It holds at most {@value #WAITING} appends; what it
 * drops, or fails to write, the index takes in from publication ({@link MongoReportIndex#follow}).
 */
@Component
class AppendIndexer implements AppendedEventFollower, SmartLifecycle {

  private static final Logger log = LoggerFactory.getLogger(AppendIndexer.class);
  private static final int WAITING = 1_000;

  private final MongoReportIndex index;
  private final BlockingQueue<List<? extends DomainEventMessage<?>>> appends =
      new ArrayBlockingQueue<>(WAITING);
  private volatile boolean running;
  private ExecutorService worker;

  AppendIndexer(MongoReportIndex index) {
    this.index = index;
  }

  @Override
  public void appended(List<? extends DomainEventMessage<?>> events) {
    if (running) {
      appends.offer(events);
    }
  }

  @Override
  public void start() {
    running = true;
    worker =
        Executors.newSingleThreadExecutor(
            task -> {
              Thread thread = new Thread(task, "liandong-report-index");
              thread.setDaemon(true);
              return thread;
            });
    worker.execute(this::run);
  }

  /** Stops taking appends; the thread ends with the batch it is writing, if any. */
  @Override
  public void stop() {
    running = false;
    worker.shutdownNow();
    appends.clear();
  }

  @Override
  public boolean isRunning() {
    return running;
  }

  private void run() {
    while (running) {
      List<DomainEventMessage<?>> events = new ArrayList<>();
      try {
        events.addAll(appends.take());
        List<List<? extends DomainEventMessage<?>>> more = new ArrayList<>();
        appends.drainTo(more);
        more.forEach(events::addAll);
        index.follow(events);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      } catch (RuntimeException e) {
        log.warn(
            "report index behind by {} events, left to publication: {}",
            events.size(),
            e.toString());
      }
    }
  }
}
