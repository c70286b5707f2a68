package org.liandong.command;

import org.axonframework.config.EventProcessingConfigurer;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class ProcessingConfiguration {

  /**
   * A failed handler must fail the whole batch, so that a processor's token does not move past an
   * event it did not handle (a record not sent, a deadline not kept); Axon's default would log the
   * failure and move on.
   */
  @Autowired
  void propagateHandlerFailures(EventProcessingConfigurer processing) {
    processing.registerDefaultListenerInvocationErrorHandler(
        configuration -> PropagatingErrorHandler.instance());
  }
}
