package org.liandong.deploy;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaCall;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.Set;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.liandong.access.ScopeRule;
import org.liandong.model.access.Actor;
import org.liandong.query.web.Scope;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * Nothing is changed or read without the scope rule: every command handler takes the command's
 * actor and checks it against {@link ScopeRule}; every command endpoint sends through the command
 * gateway, whose gate checks the body against the same rule; every query endpoint takes its reader
 * and goes through the query side's {@link Scope}. A new endpoint or handler that does not fails
 * here, naming it.
 */
@DisplayName("Every endpoint and command handler goes through the scope rule")
class ScopeRuleArchitectureTest {

  private static final JavaClasses PLATFORM =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("org.liandong.command", "org.liandong.query", "org.liandong.access");

  /** Annotated with {@code @RequestMapping} or one of its shortcuts ({@code @GetMapping} ...). */
  private static final DescribedPredicate<JavaMethod> ENDPOINTS =
      DescribedPredicate.describe(
          "endpoints", method -> method.isMetaAnnotatedWith(RequestMapping.class));

  static final ArchRule COMMAND_HANDLERS =
      methods()
          .that()
          .areAnnotatedWith(CommandHandler.class)
          .should(takeAn(Actor.class))
          .andShould(reach(ScopeRule.class));

  static final ArchRule COMMAND_ENDPOINTS =
      methods()
          .that(ENDPOINTS)
          .and()
          .areDeclaredInClassesThat()
          .resideInAPackage("org.liandong.command..")
          .should(reach(CommandGateway.class));

  static final ArchRule QUERY_ENDPOINTS =
      methods()
          .that(ENDPOINTS)
          .and()
          .areDeclaredInClassesThat()
          .resideInAPackage("org.liandong.query..")
          .should(takeAn(Actor.class))
          .andShould(reach(Scope.class));

  @Test
  @DisplayName("every command handler takes its actor and checks the thing acted on")
  void commandHandlers() {
    COMMAND_HANDLERS.check(PLATFORM);
  }

  @Test
  @DisplayName("every command endpoint sends through the gated command bus")
  void commandEndpoints() {
    COMMAND_ENDPOINTS.check(PLATFORM);
  }

  @Test
  @DisplayName("every query endpoint takes its reader and goes through the scope")
  void queryEndpoints() {
    QUERY_ENDPOINTS.check(PLATFORM);
  }

  @Test
  @DisplayName("the rules see the endpoints and handlers there are, and catch one without a scope")
  void rulesBite() {
    long endpoints =
        PLATFORM.stream().flatMap(type -> type.getMethods().stream()).filter(ENDPOINTS).count();
    assertThat(endpoints).isGreaterThan(30);
    JavaClasses unscoped = new ClassFileImporter().importClasses(Unscoped.class);
    assertThat(
            methods()
                .that(ENDPOINTS)
                .should(takeAn(Actor.class))
                .andShould(reach(Scope.class))
                .evaluate(unscoped)
                .hasViolation())
        .isTrue();
  }

  /** An endpoint as one might add it, forgetting the scope. */
  @org.springframework.web.bind.annotation.RestController
  static class Unscoped {
    @org.springframework.web.bind.annotation.GetMapping("/unscoped")
    String everything() {
      return "every department's reports";
    }
  }

  private static ArchCondition<JavaMethod> takeAn(Class<?> type) {
    return new ArchCondition<>("take a parameter of type " + type.getSimpleName()) {
      @Override
      public void check(JavaMethod method, ConditionEvents events) {
        boolean takes =
            method.getRawParameterTypes().stream()
                .anyMatch(parameter -> parameter.isEquivalentTo(type));
        events.add(
            new SimpleConditionEvent(
                method,
                takes,
                method.getFullName() + (takes ? " takes " : " does not take ") + type.getName()));
      }
    };
  }

  /**
   * Calls a method of the type, directly or through the platform's own code it calls (a private
   * helper, a component such as the campaign summaries).
   */
  private static ArchCondition<JavaMethod> reach(Class<?> type) {
    return new ArchCondition<>("reach " + type.getSimpleName()) {
      @Override
      public void check(JavaMethod method, ConditionEvents events) {
        boolean reaches = reaches(method, type);
        events.add(
            new SimpleConditionEvent(
                method,
                reaches,
                method.getFullName()
                    + (reaches ? " reaches " : " never reaches ")
                    + type.getName()));
      }
    };
  }

  private static boolean reaches(JavaCodeUnit start, Class<?> type) {
    Set<JavaCodeUnit> seen = new HashSet<>();
    Deque<JavaCodeUnit> next = new ArrayDeque<>();
    next.add(start);
    while (!next.isEmpty()) {
      JavaCodeUnit unit = next.poll();
      if (!seen.add(unit)) {
        continue;
      }
      for (JavaCall<?> call : unit.getCallsFromSelf()) {
        JavaClass owner = call.getTargetOwner();
        if (owner.isEquivalentTo(type)) {
          return true;
        }
        if (owner.getPackageName().startsWith("org.liandong")) {
          call.getTarget().resolveMember().ifPresent(next::add);
        }
      }
    }
    return false;
  }
}
