package org.liandong.web.layout;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.util.Set;
import org.liandong.web.api.ApiProblem;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.ModelAndView;

/**
 * A side's refusal of a page's read (404: not there or not the user's to see, 403: not the user's
 * role) becomes a page with the same status; a side's failure a 502 page. Forms catch their own
 * refusals to show them by the fields.
 */
@ControllerAdvice
class ProblemPages {

  /** The statuses the pages explain each in their own words; any other gets a general one. */
  private static final Set<Integer> EXPLAINED = Set.of(400, 401, 403, 404, 409, 422, 500, 502);

  /**
   * A side that no longer takes the user's token (401: the provider's key changed, the session
   * outlived the refresh token) ends the app's session, so that the page's link signs the user in
   * afresh; not at once, which would loop if a side takes no token of this provider at all.
   */
  @ExceptionHandler(ApiProblem.class)
  ModelAndView refused(ApiProblem problem, HttpServletRequest request) {
    if (problem.status() == 401) {
      HttpSession session = request.getSession(false);
      if (session != null) {
        session.invalidate();
      }
    }
    return page(HttpStatus.valueOf(problem.status() >= 500 ? 502 : problem.status()));
  }

  @ExceptionHandler(ResponseStatusException.class)
  ModelAndView notHere(ResponseStatusException e) {
    return page(HttpStatus.valueOf(e.getStatusCode().value()));
  }

  private static ModelAndView page(HttpStatus status) {
    ModelAndView page = new ModelAndView("problem", status);
    page.addObject(
        "message",
        EXPLAINED.contains(status.value()) ? "problem." + status.value() : "problem.other");
    return page;
  }
}
