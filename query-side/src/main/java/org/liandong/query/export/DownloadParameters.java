package org.liandong.query.export;

import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.Parameter;
import java.util.List;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Adds to the OpenAPI document what springdoc cannot see of a {@link Tabular} view: the parameters
 * that download it as a spreadsheet. It lives with the downloads, so that the web edge need not
 * know which views are tables.
 */
@Configuration(proxyBeanMethods = false)
class DownloadParameters {

  @Bean
  OperationCustomizer spreadsheetParameters() {
    return (operation, handler) -> {
      if (Tabular.class.isAssignableFrom(handler.getMethod().getReturnType())) {
        operation.addParametersItem(
            new Parameter()
                .in("query")
                .name("format")
                .description("json (default), or a spreadsheet: csv (one table) or xlsx (all)")
                .schema(new StringSchema()._enum(List.of("json", "csv", "xlsx"))));
        operation.addParametersItem(
            new Parameter()
                .in("query")
                .name("table")
                .description("with format=csv: which of the view's tables; the first if absent")
                .schema(new StringSchema()));
      }
      return operation;
    };
  }
}
