package org.liandong.web.signin;

import java.util.List;
import org.springframework.core.MethodParameter;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Every page's model has the signed-in user as {@code user} (null on the error page), and a handler
 * that takes a {@link SignedInUser} gets it from the authentication alone: never bound from the
 * request's parameters, as an unannotated record otherwise would be.
 */
@ControllerAdvice
class SignedInUsers implements WebMvcConfigurer, HandlerMethodArgumentResolver {

  @ModelAttribute("user")
  SignedInUser user(Authentication authentication) {
    return SignedInUser.of(authentication).orElse(null);
  }

  @Override
  public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
    resolvers.add(this);
  }

  @Override
  public boolean supportsParameter(MethodParameter parameter) {
    return parameter.getParameterType() == SignedInUser.class;
  }

  @Override
  public SignedInUser resolveArgument(
      MethodParameter parameter,
      ModelAndViewContainer container,
      NativeWebRequest request,
      WebDataBinderFactory binders) {
    return user(SecurityContextHolder.getContext().getAuthentication());
  }
}
