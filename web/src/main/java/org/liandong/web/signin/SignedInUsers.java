package org.liandong.web.signin;

import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Every page's model has the signed-in user as {@code user} (null on the error page). */
@ControllerAdvice
class SignedInUsers {

  @ModelAttribute("user")
  SignedInUser user(Authentication authentication) {
    return SignedInUser.of(authentication).orElse(null);
  }
}
