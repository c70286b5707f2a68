package org.liandong.command.api;

import io.swagger.v3.core.converter.AnnotatedType;
import io.swagger.v3.core.converter.ModelConverters;
import io.swagger.v3.core.converter.ResolvedSchema;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.media.ComposedSchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.PathParameter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The command API's OpenAPI 3 document ({@code /v3/api-docs}, browsable at {@code
 * /swagger-ui.html}), written by springdoc from the controllers, its title and description from
 * {@code springdoc.open-api.info} in {@code command-side.yml}; this adds what it cannot see: the
 * kinds of field report taken at {@code /campaigns/{campaignId}/{kind}} and their bodies, and the
 * path variables a task's steps read into their {@link TaskAddress}.
 */
@Configuration(proxyBeanMethods = false)
class OpenApiDocument {

  /**
   * The report paths name their kinds, and their body is one of the kinds' ({@link ReportBodies}),
   * where springdoc sees only a path variable and a JSON tree.
   */
  @Bean
  OpenApiCustomizer reportKinds() {
    return openApi -> {
      List<String> kinds = ReportKinds.BY_PATH.keySet().stream().sorted().toList();
      openApi
          .getPaths()
          .forEach(
              (path, item) -> {
                if (path.contains("/{kind}")) {
                  boolean correction = item.getPut() != null;
                  Schema<?> body = bodyOf(openApi, correction);
                  item.readOperations().forEach(operation -> describeKinds(operation, kinds, body));
                }
              });
    };
  }

  /**
   * The path variables a controller's {@code @ModelAttribute} method reads ({@link
   * TaskCommandController#address}) are path parameters of each of its operations, where springdoc
   * sees only the record they make.
   */
  @Bean
  OperationCustomizer pathVariablesOfModelAttributes() {
    SpringDocUtils.getConfig().addRequestWrapperToIgnore(TaskAddress.class);
    return (operation, handler) -> {
      Arrays.stream(handler.getBeanType().getDeclaredMethods())
          .filter(method -> method.isAnnotationPresent(ModelAttribute.class))
          .flatMap(method -> Arrays.stream(method.getParameters()))
          .filter(parameter -> parameter.isAnnotationPresent(PathVariable.class))
          .forEach(
              parameter ->
                  operation.addParametersItem(
                      new PathParameter().name(parameter.getName()).schema(new StringSchema())));
      return operation;
    };
  }

  /** One of the kinds: each all of its parts, as the body holds them side by side. */
  private static Schema<?> bodyOf(OpenAPI openApi, boolean correction) {
    List<Schema> kinds = new ArrayList<>();
    ReportKinds.BY_PATH.values().stream()
        .sorted(Comparator.comparing(Class::getSimpleName))
        .forEach(
            kind -> {
              List<Schema> parts = new ArrayList<>();
              ReportBodies.partsOf(kind, correction)
                  .forEach(part -> parts.add(referenceTo(openApi, part)));
              kinds.add(new ComposedSchema().allOf(parts).title(kind.getSimpleName()));
            });
    return new ComposedSchema().oneOf(kinds);
  }

  private static Schema<?> referenceTo(OpenAPI openApi, Class<?> part) {
    ResolvedSchema resolved =
        ModelConverters.getInstance()
            .resolveAsResolvedSchema(new AnnotatedType(part).resolveAsRef(false));
    openApi.getComponents().addSchemas(part.getSimpleName(), resolved.schema);
    resolved.referencedSchemas.forEach(openApi.getComponents()::addSchemas);
    return new Schema<>().$ref("#/components/schemas/" + part.getSimpleName());
  }

  private static void describeKinds(Operation operation, List<String> kinds, Schema<?> body) {
    operation.getParameters().stream()
        .filter(parameter -> parameter.getName().equals("kind"))
        .forEach(
            parameter ->
                parameter
                    .description("the kind of field report")
                    .schema(new StringSchema()._enum(kinds)));
    operation
        .getRequestBody()
        .content(
            new Content()
                .addMediaType(
                    MediaType.APPLICATION_JSON_VALUE,
                    new io.swagger.v3.oas.models.media.MediaType().schema(body)));
  }
}
