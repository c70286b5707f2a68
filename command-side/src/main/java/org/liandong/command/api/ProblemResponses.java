package org.liandong.command.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.liandong.access.ProblemResponsesBase;
import org.liandong.command.RuleViolation;
import org.liandong.model.InvalidValueException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * Every refusal as RFC 9457 problem+json with a stable {@code type}, and for faults in the request
 * an {@code errors} list naming each field and the reason. The types are listed in docs/api.md.
 */
@RestControllerAdvice
class ProblemResponses extends ProblemResponsesBase {

  private static final Logger log = LoggerFactory.getLogger(ProblemResponses.class);

  static final URI MALFORMED_REQUEST = URI.create("/problems/malformed-request");
  static final URI INVALID_FIELD = URI.create("/problems/invalid-field");
  static final URI UNKNOWN_CAMPAIGN = URI.create("/problems/unknown-campaign");
  static final URI UNKNOWN_CASE = URI.create("/problems/unknown-case");
  static final URI UNKNOWN_ROUND = URI.create("/problems/unknown-evaluation-round");
  static final URI RULE_VIOLATED = URI.create("/problems/rule-violated");
  static final URI ID_CONFLICT = URI.create("/problems/id-conflict");
  static final URI CONCURRENT_UPDATE = URI.create("/problems/concurrent-update");

  private static final Set<Class<?>> WHOLE_NUMBERS =
      Set.of(Integer.class, int.class, Long.class, long.class, Short.class, short.class);

  @Override
  protected ResponseEntity<Object> handleHttpMessageNotReadable(
      HttpMessageNotReadableException exception,
      HttpHeaders headers,
      HttpStatusCode status,
      WebRequest request) {
    Throwable cause = exception.getCause();
    ProblemDetail problem;
    if (cause instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()
        || cause instanceof ValueInstantiationException) {
      problem = invalidField(fieldErrorOf((JsonMappingException) cause));
    } else if (cause instanceof StreamConstraintsException) {
      problem =
          problem(
              HttpStatus.BAD_REQUEST,
              MALFORMED_REQUEST,
              "Malformed request body",
              "the body nests too deeply, or has a number or text too long to be read");
    } else if (cause instanceof JsonProcessingException json) {
      // The parser's own message quotes the body and names its classes: only where it failed.
      problem =
          problem(
              HttpStatus.BAD_REQUEST,
              MALFORMED_REQUEST,
              "Malformed request body",
              "the body is not valid JSON (line "
                  + json.getLocation().getLineNr()
                  + ", column "
                  + json.getLocation().getColumnNr()
                  + ")");
    } else {
      problem =
          problem(
              HttpStatus.BAD_REQUEST,
              MALFORMED_REQUEST,
              "Malformed request body",
              "a JSON request body is required");
    }
    return ResponseEntity.of(problem).build();
  }

  /** A report body bound by the controller itself, not by Spring's message conversion. */
  @ExceptionHandler
  ProblemDetail on(JsonMappingException exception) {
    return invalidField(fieldErrorOf(exception));
  }

  @ExceptionHandler
  ProblemDetail on(InvalidValueException exception) {
    return invalidField(new FieldError(exception.field(), exception.reason()));
  }

  /** A path id that does not convert: the value object's reason, or none that names a class. */
  @ExceptionHandler
  ProblemDetail on(MethodArgumentTypeMismatchException exception) {
    return invalidField(
        new FieldError(
            exception.getName(),
            exception.getMostSpecificCause() instanceof InvalidValueException invalid
                ? invalid.reason()
                : "is not a valid value"));
  }

  @ExceptionHandler
  ProblemDetail on(RuleViolation violation) {
    boolean conflict = violation.kind() == RuleViolation.Kind.CONFLICT;
    ProblemDetail problem =
        problem(
            conflict ? HttpStatus.CONFLICT : HttpStatus.UNPROCESSABLE_ENTITY,
            conflict ? ID_CONFLICT : RULE_VIOLATED,
            conflict ? "Id already taken" : "Rule violated",
            violation.field() + ": " + violation.reason());
    problem.setProperty("errors", List.of(new FieldError(violation.field(), violation.reason())));
    return problem;
  }

  /** What a history is of, told by the path it is asked under. */
  private record UnknownHistory(
      String prefix, URI type, String title, String field, String reason) {}

  private static final List<UnknownHistory> HISTORIES =
      List.of(
          new UnknownHistory(
              "/cases/", UNKNOWN_CASE, "Unknown case", "caseId", "no case %s has been transferred"),
          new UnknownHistory(
              "/evaluations/",
              UNKNOWN_ROUND,
              "Unknown evaluation round",
              "roundId",
              "no evaluation round %s has been drafted"),
          new UnknownHistory(
              "/campaigns/",
              UNKNOWN_CAMPAIGN,
              "Unknown campaign",
              "campaignId",
              "no campaign %s has been launched"));

  /** Campaigns live under {@code /campaigns}, cases under {@code /cases}: the path tells which. */
  @ExceptionHandler
  ProblemDetail on(AggregateNotFoundException exception, HttpServletRequest request) {
    UnknownHistory history =
        HISTORIES.stream()
            .filter(candidate -> request.getRequestURI().startsWith(candidate.prefix()))
            .findFirst()
            .orElse(HISTORIES.get(HISTORIES.size() - 1));
    String reason = history.reason().formatted(exception.getAggregateIdentifier());
    log.info("refused {} {}: {}", request.getMethod(), request.getRequestURI(), reason);
    ProblemDetail problem = problem(HttpStatus.NOT_FOUND, history.type(), history.title(), reason);
    problem.setProperty("errors", List.of(new FieldError(history.field(), reason)));
    return problem;
  }

  @ExceptionHandler
  ProblemDetail on(ConcurrencyException exception) {
    log.info("concurrent update refused: {}", exception.getMessage());
    return problem(
        HttpStatus.CONFLICT,
        CONCURRENT_UPDATE,
        "Concurrent update",
        "the campaign was changed by another request at the same moment; send the request again");
  }

  /** A command bus that crosses JVMs wraps the handler's exception; answer for the original. */
  @ExceptionHandler
  Object on(CommandExecutionException exception, HttpServletRequest request) throws Exception {
    Throwable cause = exception.getCause();
    if (cause instanceof RuleViolation violation) {
      return on(violation);
    }
    if (cause instanceof AggregateNotFoundException notFound) {
      return on(notFound, request);
    }
    if (cause instanceof ConcurrencyException concurrency) {
      return on(concurrency);
    }
    throw exception;
  }

  private static FieldError fieldErrorOf(JsonMappingException exception) {
    String path =
        exception.getPath().stream()
            .map(
                reference ->
                    reference.getFieldName() != null
                        ? "." + reference.getFieldName()
                        : "[" + reference.getIndex() + "]")
            .collect(Collectors.joining())
            .replaceFirst("^\\.", "");
    Throwable cause = exception.getCause();
    if (cause instanceof InvalidValueException invalid) {
      String field = invalid.field() == null ? path : join(path, invalid.field());
      return new FieldError(field, invalid.reason());
    }
    if (exception instanceof UnrecognizedPropertyException) {
      return new FieldError(path, "is not a field of this request");
    }
    if (exception instanceof InvalidFormatException format) {
      return new FieldError(path, expectation(format.getTargetType()));
    }
    if (exception instanceof MismatchedInputException mismatch
        && mismatch.getTargetType() != null) {
      return new FieldError(path, expectation(mismatch.getTargetType()));
    }
    // Jackson's own message names classes of ours: not for clients.
    return new FieldError(path, "has the wrong type");
  }

  private static String expectation(Class<?> type) {
    if (type.isEnum()) {
      return "must be one of " + Arrays.toString(type.getEnumConstants());
    }
    if (type == java.time.LocalDate.class) {
      return "must be a date in the form yyyy-MM-dd";
    }
    if (WHOLE_NUMBERS.contains(type)) {
      return "must be a whole number, not text or a fraction";
    }
    if (Number.class.isAssignableFrom(type) || type.isPrimitive()) {
      return "must be a number, not text";
    }
    if (type == String.class || isTypedText(type)) {
      return "must be text";
    }
    if (Collection.class.isAssignableFrom(type) || type.isArray()) {
      return "must be a list";
    }
    return "must be an object";
  }

  /** The ids and codes of the contract: a record around one text. */
  private static boolean isTypedText(Class<?> type) {
    return type.isRecord()
        && type.getRecordComponents().length == 1
        && type.getRecordComponents()[0].getType() == String.class;
  }

  private static String join(String path, String field) {
    return path.isEmpty() ? field : path + "." + field;
  }

  private static ProblemDetail invalidField(FieldError error) {
    ProblemDetail problem =
        problem(
            HttpStatus.BAD_REQUEST,
            INVALID_FIELD,
            "Invalid request",
            error.field() + ": " + error.reason());
    problem.setProperty("errors", List.of(error));
    return problem;
  }

  private static ProblemDetail problem(HttpStatus status, URI type, String title, String detail) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
    problem.setType(type);
    problem.setTitle(title);
    return problem;
  }
}
