package org.liandong.command;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import org.axonframework.commandhandling.CommandBus;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.commandhandling.gateway.DefaultCommandGateway;
import org.axonframework.commandhandling.gateway.ExponentialBackOffIntervalRetryScheduler;
import org.axonframework.commandhandling.gateway.RetryScheduler;
import org.axonframework.common.AxonThreadFactory;
import org.axonframework.modelling.command.ConcurrencyException;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class CommandGatewayConfiguration {

  private static final int RETRIES = 10;
  private static final long FIRST_BACKOFF_MILLIS = 5;

  /**
   * Two command-side nodes may append to one campaign at the same moment; the store takes one
   * append and refuses the other. The refused command is valid: it is sent again, its campaign
   * reloaded from the store (the cache drops an aggregate whose unit of work failed) and decided
   * anew, so the client never sees the conflict. Nothing else is retried.
   */
  @Bean(destroyMethod = "shutdown")
  ScheduledExecutorService commandRetries() {
    return Executors.newSingleThreadScheduledExecutor(new AxonThreadFactory("command-retries"));
  }

  @Bean
  RetryScheduler commandRetryScheduler(ScheduledExecutorService commandRetries) {
    return ExponentialBackOffIntervalRetryScheduler.builder()
        .retryExecutor(commandRetries)
        .maxRetryCount(RETRIES)
        .backoffFactor(FIRST_BACKOFF_MILLIS)
        .nonTransientFailurePredicate(failure -> !isConflict(failure))
        .build();
  }

  @Bean
  CommandGateway commandGateway(CommandBus commandBus, RetryScheduler commandRetryScheduler) {
    return DefaultCommandGateway.builder()
        .commandBus(commandBus)
        .retryScheduler(commandRetryScheduler)
        .build();
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
