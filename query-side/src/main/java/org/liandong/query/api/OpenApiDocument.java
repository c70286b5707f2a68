package org.liandong.query.api;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.NumberSchema;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.Parameter;
import java.util.List;
import org.liandong.model.campaign.Figure;
import org.liandong.query.projection.TotalsView;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The query API's OpenAPI 3 document ({@code /v3/api-docs}, browsable at {@code /swagger-ui.html}),
 * written by springdoc from the controllers; this adds what it cannot see: the download parameters
 * of the views that are also tables, and the figures of a block of totals.
 */
@Configuration(proxyBeanMethods = false)
class OpenApiDocument {

  @Bean
  OpenAPI queryApi() {
    return new OpenAPI()
        .info(
            new Info()
                .title("Liandong query API")
                .version("1")
                .description(
                    "Department workspaces, campaign dashboards, statistics, the reports behind"
                        + " every figure, as-of views, projections and their rebuilds. Errors are"
                        + " RFC 9457 problem+json naming the parameter."));
  }

  @Bean
  OperationCustomizer downloadParameters() {
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

  /** A block of totals holds one property per {@link Figure}, which springdoc sees as a map. */
  @Bean
  OpenApiCustomizer totalsSchema() {
    return openApi -> {
      Schema<?> totals =
          new ObjectSchema()
              .description("reports counted, those that came late, and each figure")
              .addProperty("reports", new IntegerSchema().format("int64"))
              .addProperty("lateReports", new IntegerSchema().format("int64"));
      for (Figure figure : Figure.values()) {
        totals.addProperty(
            figure.field(),
            figure.measure() == Figure.Measure.YUAN
                ? new NumberSchema().description("yuan")
                : new IntegerSchema().format("int64"));
      }
      openApi.getComponents().addSchemas(TotalsView.class.getSimpleName(), totals);
    };
  }
}
