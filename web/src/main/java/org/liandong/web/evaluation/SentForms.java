package org.liandong.web.evaluation;

import java.util.List;
import java.util.Map;
import org.liandong.web.signin.SignedInUser;
import org.springframework.core.MethodParameter;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.method.annotation.ModelMethodProcessor;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.mvc.method.annotation.RedirectAttributesMethodArgumentResolver;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Resolves a handler's {@link SentForm}: the model and the redirect's attributes as Spring MVC
 * resolves them for a handler that names them, the user as every page's model holds it.
 */
@Component
class SentForms implements WebMvcConfigurer, HandlerMethodArgumentResolver {

  private final RoundModels models;
  private final ModelMethodProcessor pageModels = new ModelMethodProcessor();
  private final RedirectAttributesMethodArgumentResolver redirects =
      new RedirectAttributesMethodArgumentResolver();

  SentForms(RoundModels models) {
    this.models = models;
  }

  @Override
  public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
    resolvers.add(this);
  }

  @Override
  public boolean supportsParameter(MethodParameter parameter) {
    return parameter.getParameterType() == SentForm.class;
  }

  @Override
  @SuppressWarnings("unchecked")
  public SentForm resolveArgument(
      MethodParameter parameter,
      ModelAndViewContainer container,
      NativeWebRequest request,
      WebDataBinderFactory binders)
      throws Exception {
    var path =
        (Map<String, String>)
            request.getAttribute(
                HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE, RequestAttributes.SCOPE_REQUEST);
    var model = (Model) pageModels.resolveArgument(parameter, container, request, binders);
    var redirect =
        (RedirectAttributes) redirects.resolveArgument(parameter, container, request, binders);
    return new SentForm(models, path, (SignedInUser) model.getAttribute("user"), model, redirect);
  }
}
