package org.liandong.query.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import org.liandong.model.access.Actor;
import org.springframework.core.DefaultParameterNameDiscoverer;
import org.springframework.core.MethodParameter;
import org.springframework.stereotype.Component;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Refuses query parameters an endpoint does not take: a misspelt filter ({@code ?regoin=44}) would
 * otherwise be ignored, and unfiltered figures read as filtered ones. An endpoint takes its
 * {@code @RequestParam}s, the components of a record it binds parameters into, and the download
 * parameters {@code format} and {@code table}.
 */
@Component
class KnownParameters implements HandlerInterceptor, WebMvcConfigurer {

  private static final Set<String> DOWNLOAD = Set.of("format", "table");

  private final Map<Method, Set<String>> known = new ConcurrentHashMap<>();

  @Override
  public void addInterceptors(InterceptorRegistry registry) {
    registry.addInterceptor(this);
  }

  @Override
  public boolean preHandle(
      HttpServletRequest request, HttpServletResponse response, Object handler) {
    if (handler instanceof HandlerMethod method
        && method.getBeanType().getPackageName().startsWith("org.liandong.")) {
      Set<String> taken = known.computeIfAbsent(method.getMethod(), m -> parametersOf(method));
      for (String name : request.getParameterMap().keySet()) {
        if (!taken.contains(name)) {
          throw new InvalidParameterException(
              name, "is not a parameter of this endpoint; it takes " + taken);
        }
      }
    }
    return true;
  }

  private static Set<String> parametersOf(HandlerMethod method) {
    Set<String> names = new TreeSet<>(DOWNLOAD);
    for (MethodParameter parameter : method.getMethodParameters()) {
      RequestParam param = parameter.getParameterAnnotation(RequestParam.class);
      Class<?> type = parameter.getParameterType();
      if (param != null) {
        parameter.initParameterNameDiscovery(new DefaultParameterNameDiscoverer());
        names.add(param.name().isEmpty() ? parameter.getParameterName() : param.name());
      } else if (type.isRecord() && type != Actor.class) {
        Arrays.stream(type.getRecordComponents()).map(RecordComponent::getName).forEach(names::add);
      }
    }
    return names;
  }
}
