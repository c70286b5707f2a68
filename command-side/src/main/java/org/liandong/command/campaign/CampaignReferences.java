package org.liandong.command.campaign;

import java.util.Set;
import org.axonframework.messaging.ResultMessage;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.Repository;
import org.liandong.command.RuleViolation;
import org.liandong.model.access.Actor;
import org.liandong.model.id.CampaignId;
import org.liandong.model.id.ReportId;
import org.springframework.stereotype.Component;

/**
 * Checks what a command names of a campaign it is not sent to (a case transfer's campaign and
 * reports): each must exist and be one the sender may see under the scope rule. It loads the
 * campaign through its repository (usually from the aggregate cache) in a unit of work of its own,
 * on the way to the command bus, so that no command handler reads the event store for another
 * aggregate's state.
 */
@Component
public class CampaignReferences {

  private final Repository<Campaign> campaigns;
  private final ReportIndex index;

  CampaignReferences(Repository<Campaign> campaigns, ReportIndex index) {
    this.campaigns = campaigns;
    this.index = index;
  }

  /**
   * @param campaignId the campaign named, or null when none is
   * @throws RuleViolation on {@code campaignId} or {@code reports} for what the actor cannot see
   */
  public void requireVisible(Actor actor, CampaignId campaignId, Set<ReportId> reports) {
    if (campaignId == null) {
      return;
    }
    ResultMessage<?> result =
        DefaultUnitOfWork.startAndGet(null)
            .executeWithResult(
                () -> {
                  campaigns
                      .load(campaignId.value())
                      .execute(campaign -> campaign.requireVisible(actor, reports, index));
                  return null;
                });
    if (result.isExceptional()) {
      if (result.exceptionResult() instanceof AggregateNotFoundException) {
        throw Campaign.notVisible(campaignId);
      }
      if (result.exceptionResult() instanceof RuntimeException refusal) {
        throw refusal;
      }
      throw new IllegalStateException(result.exceptionResult());
    }
  }
}
