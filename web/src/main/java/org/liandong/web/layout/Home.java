package org.liandong.web.layout;

import org.liandong.web.signin.SignedInUser;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;

/** The first page after sign-in: a department's workspace, everyone else's campaign list. */
@Controller
class Home {

  @GetMapping("/")
  String home(@ModelAttribute(name = "user", binding = false) SignedInUser user) {
    return user != null && user.departmentUser() ? "redirect:/workspace" : "redirect:/campaigns";
  }
}
