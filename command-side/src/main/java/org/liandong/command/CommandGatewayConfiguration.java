package org.liandong.command;

import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.axonframework.commandhandling.CommandBus;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.commandhandling.gateway.DefaultCommandGateway;
import org.axonframework.commandhandling.gateway.RetryScheduler;
import org.axonframework.common.AxonThreadFactory;
import org.axonframework.modelling.command.ConcurrencyException;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Two command-side nodes may append to one campaign at the same moment; the store takes one append
 * and refuses the other. The refused command is valid: it is sent again, its campaign reloaded from
 * the store (the cache drops an aggregate whose unit of work failed) and decided anew, so the
 * client never sees the conflict. Nothing else is retried.
 */
@Configuration(proxyBeanMethods = false)
class CommandGatewayConfiguration {

  private static final int RETRIES = 10;
  private static final long FIRST_BACKOFF_MILLIS = 5;

  @Bean(destroyMethod = "shutdown")
  ScheduledExecutorService commandRetries() {
    return Executors.newSingleThreadScheduledExecutor(new AxonThreadFactory("command-retries"));
  }

  @Bean
  CommandGateway commandGateway(CommandBus commandBus, ScheduledExecutorService commandRetries) {
    return DefaultCommandGateway.builder()
        .commandBus(commandBus)
        .retryScheduler(new ConflictRetries(commandRetries))
        .build();
  }

  /**
   * Axon's own schedulers judge every cause of a failure on its own, and the store's write error
   * under a conflict would count as a reason not to retry; this one looks at the whole chain.
   */
  private record ConflictRetries(ScheduledExecutorService executor) implements RetryScheduler {

    @Override
    public boolean scheduleRetry(
        CommandMessage commandMessage,
        RuntimeException lastFailure,
        List<Class<? extends Throwable>[]> failures,
        Runnable commandDispatch) {
      if (!isConflict(lastFailure) || failures.size() > RETRIES) {
        return false;
      }
      long backoff = FIRST_BACKOFF_MILLIS << (failures.size() - 1);
      executor.schedule(commandDispatch, backoff, TimeUnit.MILLISECONDS);
      return true;
    }

    private static boolean isConflict(Throwable failure) {
      for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
        if (cause instanceof ConcurrencyException) {
          return true;
        }
      }
      return false;
    }
  }
}
