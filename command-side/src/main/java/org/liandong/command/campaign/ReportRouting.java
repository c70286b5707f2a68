package org.liandong.command.campaign;

import org.axonframework.commandhandling.CommandBus;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.messaging.MessageDispatchInterceptor;
import org.liandong.model.campaign.FieldReportCommand;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Sends every kind of field report under one command name, {@link Reports#RECORD}, to the one
 * handler that records them all: a new kind of report needs no handler of its own.
 */
@Configuration(proxyBeanMethods = false)
public class ReportRouting {

  public static final MessageDispatchInterceptor<CommandMessage<?>> INTERCEPTOR =
      messages ->
          (index, command) ->
              command.getPayload() instanceof FieldReportCommand
                  ? new GenericCommandMessage<>(command, Reports.RECORD)
                  : command;

  /** Static, so that Axon's configuration, which takes the bus, does not wait for this class. */
  @Bean
  static Object reportRoute(CommandBus commandBus) {
    return commandBus.registerDispatchInterceptor(INTERCEPTOR);
  }
}
