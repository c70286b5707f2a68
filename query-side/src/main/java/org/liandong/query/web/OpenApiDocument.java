package org.liandong.query.web;

import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.NumberSchema;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import org.liandong.model.campaign.Figure;
import org.liandong.query.figures.TotalsView;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The query API's OpenAPI 3 document ({@code /v3/api-docs}, browsable at {@code /swagger-ui.html}),
 * written by springdoc from the controllers, its title and description from {@code
 * springdoc.open-api.info} in {@code query-side.yml}; this adds what it cannot see: the figures of
 * a block of totals (the download parameters of the views that are tables come from the export
 * package).
 */
@Configuration(proxyBeanMethods = false)
class OpenApiDocument {

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
