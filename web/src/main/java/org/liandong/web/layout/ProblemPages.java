package org.liandong.web.layout;

import org.liandong.web.api.ApiProblem;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.ModelAndView;

/**
 * A side's refusal of a page's read (404: not there or not the user's to see, 403: not the user's
 * role) becomes a page with the same status. Forms catch their own refusals to show them by the
 * fields.
 */
@ControllerAdvice
class ProblemPages {

  @ExceptionHandler(ApiProblem.class)
  ModelAndView refused(ApiProblem problem) {
    return page(HttpStatus.valueOf(problem.status() >= 500 ? 502 : problem.status()));
  }

  @ExceptionHandler(ResponseStatusException.class)
  ModelAndView notHere(ResponseStatusException e) {
    return page(HttpStatus.valueOf(e.getStatusCode().value()));
  }

  private static ModelAndView page(HttpStatus status) {
    ModelAndView page = new ModelAndView("problem", status);
    page.addObject("status", status.value());
    return page;
  }
}
