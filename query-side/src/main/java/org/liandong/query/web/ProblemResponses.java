package org.liandong.query.web;

import java.net.URI;
import java.util.List;
import org.liandong.access.ProblemResponsesBase;
import org.springframework.beans.TypeMismatchException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.FieldError;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * Refusals of the query API as RFC 9457 problem+json, each with an {@code errors} list naming the
 * parameter and the reason; the types are listed in docs/api.md.
 */
@RestControllerAdvice
class ProblemResponses extends ProblemResponsesBase {

  static final URI NOT_FOUND = URI.create("/problems/not-found");
  static final URI INVALID_PARAMETER = URI.create("/problems/invalid-parameter");

  record ParameterError(String field, String reason) {}

  @ExceptionHandler
  ProblemDetail on(NotFoundException exception) {
    ProblemDetail problem =
        ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, exception.getMessage());
    problem.setType(NOT_FOUND);
    problem.setTitle("Not found");
    problem.setProperty(
        "errors", List.of(new ParameterError(exception.field(), exception.getMessage())));
    return problem;
  }

  @ExceptionHandler
  ProblemDetail on(InvalidParameterException exception) {
    return invalid(List.of(new ParameterError(exception.parameter(), exception.getMessage())));
  }

  /** A path or query parameter that does not convert ({@code /statistics/twenty}). */
  @Override
  protected ResponseEntity<Object> handleTypeMismatch(
      TypeMismatchException exception,
      HttpHeaders headers,
      HttpStatusCode status,
      WebRequest request) {
    String name =
        exception instanceof MethodArgumentTypeMismatchException argument
            ? argument.getName()
            : exception.getPropertyName();
    return ResponseEntity.of(invalid(List.of(new ParameterError(name, notA(exception))))).build();
  }

  /** A download in a format there is none of ({@code ?format=pdf}), or of a view with no tables. */
  @Override
  protected ResponseEntity<Object> handleHttpMediaTypeNotAcceptable(
      HttpMediaTypeNotAcceptableException exception,
      HttpHeaders headers,
      HttpStatusCode status,
      WebRequest request) {
    ProblemDetail problem =
        invalid(
            List.of(
                new ParameterError(
                    "format",
                    "this endpoint answers "
                        + exception.getSupportedMediaTypes().stream()
                            .map(Object::toString)
                            .filter(type -> !type.contains("xml") && !type.contains("yaml"))
                            .toList())));
    problem.setStatus(HttpStatus.NOT_ACCEPTABLE);
    return ResponseEntity.status(HttpStatus.NOT_ACCEPTABLE)
        .contentType(MediaType.APPLICATION_PROBLEM_JSON)
        .body(problem);
  }

  /** Filters bound into a record ({@code ?occurredFrom=yesterday}). */
  @Override
  protected ResponseEntity<Object> handleMethodArgumentNotValid(
      MethodArgumentNotValidException exception,
      HttpHeaders headers,
      HttpStatusCode status,
      WebRequest request) {
    List<ParameterError> errors =
        exception.getFieldErrors().stream()
            .map(error -> new ParameterError(error.getField(), reason(error)))
            .toList();
    return ResponseEntity.of(invalid(errors)).build();
  }

  private static ProblemDetail invalid(List<ParameterError> errors) {
    ProblemDetail problem =
        ProblemDetail.forStatusAndDetail(
            HttpStatus.BAD_REQUEST,
            errors.stream()
                .map(e -> e.field() + ": " + e.reason())
                .reduce((a, b) -> a + "; " + b)
                .orElse("invalid parameters"));
    problem.setType(INVALID_PARAMETER);
    problem.setTitle("Invalid parameter");
    problem.setProperty("errors", errors);
    return problem;
  }

  private static String reason(FieldError error) {
    return error.contains(TypeMismatchException.class)
        ? notA(error.unwrap(TypeMismatchException.class))
        : error.getDefaultMessage();
  }

  private static String notA(TypeMismatchException exception) {
    Class<?> type = exception.getRequiredType();
    return "'"
        + exception.getValue()
        + "' is not "
        + (type == null ? "a valid value" : expected(type));
  }

  private static String expected(Class<?> type) {
    return switch (type.getSimpleName()) {
      case "int", "Integer", "long", "Long" -> "a whole number";
      case "LocalDate" -> "a date (2020-07-01)";
      case "Instant" -> "an instant (2020-07-01T08:00:00Z)";
      case "Boolean", "boolean" -> "true or false";
      default -> "a valid value";
    };
  }
}
