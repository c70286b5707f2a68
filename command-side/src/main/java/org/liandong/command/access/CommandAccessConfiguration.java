package org.liandong.command.access;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import org.axonframework.commandhandling.CommandBus;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.messaging.MessageDispatchInterceptor;
import org.axonframework.messaging.correlation.CorrelationDataProvider;
import org.axonframework.messaging.correlation.MessageOriginProvider;
import org.axonframework.messaging.correlation.SimpleCorrelationDataProvider;
import org.liandong.access.AccessRefusedException;
import org.liandong.access.Actors;
import org.liandong.command.campaign.CampaignReferences;
import org.liandong.model.access.Actor;
import org.liandong.model.casefile.TransferCaseCommand;
import org.liandong.model.publication.IssueReleaseCommand;
import org.liandong.model.publication.ProposeTypicalCaseCommand;
import org.liandong.model.reference.KnownCodes;
import org.liandong.model.task.MarkTaskOverdueCommand;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Every command, however it is sent, passes {@link KnownCodes} and {@link CommandPermissions} on
 * its way to the bus and takes its actor along in its metadata; Axon copies that onto every event
 * the command causes.
 */
@Configuration(proxyBeanMethods = false)
class CommandAccessConfiguration {

  /** Static, so that Axon's configuration, which takes these, does not wait for this class. */
  @Bean
  static CorrelationDataProvider actorCorrelation() {
    return new SimpleCorrelationDataProvider(
        ActorMetaData.USER, ActorMetaData.ROLE, ActorMetaData.DEPARTMENT, ActorMetaData.REGION);
  }

  /** Axon's own, which a provider defined here would otherwise replace. */
  @Bean
  static CorrelationDataProvider messageOrigin() {
    return new MessageOriginProvider();
  }

  /**
   * Codes first, so that a code the reference data does not have is refused as an invalid field
   * before anything else looks at the command (as it was when code types checked it themselves).
   */
  @Bean
  static Object commandGate(CommandBus commandBus, ObjectProvider<CampaignReferences> references) {
    return List.of(
        commandBus.registerDispatchInterceptor(knownCodes()),
        commandBus.registerDispatchInterceptor(permissions(references)));
  }

  private static MessageDispatchInterceptor<CommandMessage<?>> knownCodes() {
    return messages ->
        (index, command) -> {
          KnownCodes.check(command.getPayload());
          return command;
        };
  }

  /**
   * The sender's scope, then what a case transfer, a typical case's proposal or a release names of
   * a campaign: looked up before the case aggregate is loaded, which reads nothing but its own
   * history.
   */
  private static MessageDispatchInterceptor<CommandMessage<?>> permissions(
      ObjectProvider<CampaignReferences> references) {
    return new MessageDispatchInterceptor<>() {
      @Override
      public BiFunction<Integer, CommandMessage<?>, CommandMessage<?>> handle(
          List<? extends CommandMessage<?>> messages) {
        return (index, command) -> {
          // A command sent again after a conflict comes from the retry thread, carrying the actor
          // this gate put on it the first time; it is checked again as that actor. No client can
          // set a command's metadata.
          Actor actor =
              Actors.current()
                  .or(() -> Optional.ofNullable(ActorMetaData.from(command.getMetaData())))
                  .orElseGet(() -> platformItself(command));
          CommandPermissions.check(actor, command.getPayload());
          if (command.getPayload() instanceof TransferCaseCommand transfer) {
            references.getObject().requireVisible(actor, transfer.campaignId(), transfer.reports());
          } else if (command.getPayload() instanceof ProposeTypicalCaseCommand proposal) {
            references
                .getObject()
                .requireVisible(actor, proposal.campaign(), Set.of(proposal.report()));
          } else if (command.getPayload() instanceof IssueReleaseCommand release) {
            references.getObject().requireVisible(actor, release.campaign(), Set.of());
          }
          return command.andMetaData(ActorMetaData.of(actor));
        };
      }
    };
  }

  /** Only the platform's own threads send commands without a signed-in user. */
  private static Actor platformItself(CommandMessage<?> command) {
    if (command.getPayload() instanceof MarkTaskOverdueCommand) {
      return Actor.SYSTEM;
    }
    throw new AccessRefusedException(null, "no signed-in user sent " + command.getCommandName());
  }
}
