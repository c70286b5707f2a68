package org.liandong.query.live;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.liandong.model.access.Actor;
import org.liandong.model.id.CampaignId;
import org.liandong.query.campaign.CampaignSummaries;
import org.liandong.query.projection.ProjectionUpdated;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.event.EventListener;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * Server-sent events of a campaign's dashboard: the summary at once, and again each time an event
 * of the campaign has been taken in. A client that goes away is dropped at the next send.
 */
@RestController
class CampaignLiveController implements SmartLifecycle {

  private final CampaignSummaries summaries;

  /**
   * Streams by the campaign id's value: an update's subject may be any history on the topic (a
   * round, a release, a case), which is no campaign id.
   */
  private final Map<String, List<SseEmitter>> subscribers = new ConcurrentHashMap<>();

  /** Sends happen here, so that a slow client never holds up the consumer of the topic. */
  private final ExecutorService sender = Executors.newSingleThreadExecutor();

  CampaignLiveController(CampaignSummaries summaries) {
    this.summaries = summaries;
  }

  @GetMapping(path = "/campaigns/{campaignId}/live", produces = "text/event-stream")
  SseEmitter subscribe(@PathVariable CampaignId campaignId, Actor reader) {
    summaries.visible(reader, campaignId);
    SseEmitter emitter = new SseEmitter(0L);
    List<SseEmitter> campaign =
        subscribers.computeIfAbsent(campaignId.value(), id -> new CopyOnWriteArrayList<>());
    campaign.add(emitter);
    emitter.onCompletion(() -> campaign.remove(emitter));
    emitter.onTimeout(() -> campaign.remove(emitter));
    emitter.onError(error -> campaign.remove(emitter));
    send(campaignId, emitter);
    return emitter;
  }

  @EventListener
  void on(ProjectionUpdated updated) {
    if (!updated.projection().equals(CampaignSummaries.PROJECTION)) {
      return;
    }
    List<SseEmitter> listening = subscribers.getOrDefault(updated.subject(), List.of());
    if (!listening.isEmpty()) {
      CampaignId campaignId = new CampaignId(updated.subject());
      sender.execute(() -> listening.forEach(emitter -> send(campaignId, emitter)));
    }
  }

  private volatile boolean running;

  @Override
  public void start() {
    running = true;
  }

  /**
   * Ends every stream before the web server's graceful shutdown, which would otherwise wait for
   * these never-ending requests.
   */
  @Override
  public void stop() {
    running = false;
    sender.shutdownNow();
    subscribers.values().forEach(emitters -> emitters.forEach(SseEmitter::complete));
    subscribers.clear();
  }

  @Override
  public boolean isRunning() {
    return running;
  }

  private void send(CampaignId campaignId, SseEmitter emitter) {
    summaries
        .view(campaignId)
        .ifPresent(
            summary -> {
              try {
                emitter.send(SseEmitter.event().name("summary").data(summary));
              } catch (IOException | IllegalStateException e) {
                emitter.completeWithError(e);
              }
            });
  }
}
