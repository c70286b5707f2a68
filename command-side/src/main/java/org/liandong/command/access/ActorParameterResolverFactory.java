package org.liandong.command.access;

import java.lang.reflect.Executable;
import java.lang.reflect.Parameter;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.common.Priority;
import org.axonframework.messaging.Message;
import org.axonframework.messaging.annotation.ParameterResolver;
import org.axonframework.messaging.annotation.ParameterResolverFactory;
import org.liandong.model.access.Actor;

/**
 * Hands a command handler its command's {@link Actor}, from the metadata the dispatch gate put on
 * it, so that the aggregate checks the thing acted on against {@link
 * org.liandong.access.ScopeRule}. A command without an actor gets null, which the rule refuses.
 * Found by Axon through {@code META-INF/services}.
 */
@Priority(Priority.HIGH)
public class ActorParameterResolverFactory implements ParameterResolverFactory {

  @Override
  public ParameterResolver<Actor> createInstance(
      Executable executable, Parameter[] parameters, int parameterIndex) {
    if (parameterIndex == 0 || parameters[parameterIndex].getType() != Actor.class) {
      return null;
    }
    return new ParameterResolver<>() {
      @Override
      public Actor resolveParameterValue(Message<?> message) {
        return ActorMetaData.from(message.getMetaData());
      }

      @Override
      public boolean matches(Message<?> message) {
        return message instanceof CommandMessage;
      }
    };
  }
}
