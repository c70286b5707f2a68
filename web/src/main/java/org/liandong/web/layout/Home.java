package org.liandong.web.layout;

import org.liandong.model.access.Role;
import org.liandong.web.signin.SignedInUser;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The first page after sign-in: a department's workspace, the evaluation rounds for evaluators
 * (whose work they are) and provincial offices (which read no campaign), everyone else's campaign
 * list.
 */
@Controller
class Home {

  @GetMapping("/")
  String home(SignedInUser user) {
    if (user != null && user.departmentUser()) {
      return "redirect:/workspace";
    }
    if (user != null && (user.role() == Role.EVALUATOR || user.role() == Role.PROVINCIAL_OFFICE)) {
      return "redirect:/evaluations";
    }
    return "redirect:/campaigns";
  }
}
