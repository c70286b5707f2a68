package org.liandong.command.access;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiFunction;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.messaging.MessageDispatchInterceptor;
import org.liandong.model.access.Actor;
import org.liandong.model.access.Role;
import org.liandong.model.campaign.CorrectReportCommand;
import org.liandong.model.campaign.RecordReportCommand;
import org.liandong.model.campaign.RetractReportCommand;
import org.liandong.model.casefile.AcceptCaseCommand;
import org.liandong.model.casefile.ReturnCaseCommand;
import org.liandong.model.casefile.TransferCaseCommand;
import org.liandong.model.code.DepartmentCode;
import org.liandong.model.task.AcknowledgeTaskCommand;
import org.liandong.model.task.CompleteTaskCommand;
import org.liandong.model.task.MarkTaskOverdueCommand;
import org.liandong.model.task.NoteTaskProgressCommand;

/**
 * For aggregate fixtures: each command sent without an actor is sent by the user the platform's
 * gate would let through, the department it names (unlimited in region), else the office; the
 * platform itself marks tasks overdue. Tests of the scope rule send their own actor instead.
 */
public final class FixtureActors {

  public static final Actor OFFICE = new Actor("office", Role.OFFICE, null, null);

  private FixtureActors() {}

  public static MessageDispatchInterceptor<CommandMessage<?>> senderNamedByCommand() {
    return new MessageDispatchInterceptor<>() {
      @Override
      public BiFunction<Integer, CommandMessage<?>, CommandMessage<?>> handle(
          List<? extends CommandMessage<?>> messages) {
        return (index, command) ->
            command.getMetaData().containsKey(ActorMetaData.USER)
                ? command
                : command.andMetaData(ActorMetaData.of(senderOf(command.getPayload())));
      }
    };
  }

  /** The metadata of a command sent by this actor, for {@code fixture.when(command, metaData)}. */
  public static Map<String, ?> sentBy(Actor actor) {
    return ActorMetaData.of(actor);
  }

  private static Actor senderOf(Object command) {
    DepartmentCode department = namedDepartment(command);
    if (command instanceof MarkTaskOverdueCommand) {
      return Actor.SYSTEM;
    }
    return department == null
        ? OFFICE
        : new Actor(department.value().toLowerCase(Locale.ROOT), Role.DEPARTMENT, department, null);
  }

  private static DepartmentCode namedDepartment(Object command) {
    if (command instanceof RecordReportCommand report) {
      return report.header().department();
    } else if (command instanceof CorrectReportCommand correction) {
      return correction.corrected().header().department();
    } else if (command instanceof RetractReportCommand retraction) {
      return retraction.department();
    } else if (command instanceof AcknowledgeTaskCommand task) {
      return task.department();
    } else if (command instanceof NoteTaskProgressCommand task) {
      return task.department();
    } else if (command instanceof CompleteTaskCommand task) {
      return task.department();
    } else if (command instanceof TransferCaseCommand transfer) {
      return transfer.from();
    } else if (command instanceof AcceptCaseCommand acceptance) {
      return acceptance.department();
    } else if (command instanceof ReturnCaseCommand giveBack) {
      return giveBack.department();
    }
    return null;
  }
}
