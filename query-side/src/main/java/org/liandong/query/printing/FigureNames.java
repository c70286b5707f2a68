package org.liandong.query.printing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.liandong.model.campaign.Figure;

/**
 * How printed reports name each figure in Chinese and English: data ({@code
 * printing/figures.json}), by the figure's field name. A figure without a name there is printed
 * under its field name.
 */
final class FigureNames {

  private static final JsonNode NAMES = load();

  private FigureNames() {}

  static String zh(Figure figure) {
    return name(figure, 0);
  }

  static String en(Figure figure) {
    return name(figure, 1);
  }

  /** Whether the data names the figure: a test holds that it names every one. */
  static boolean named(Figure figure) {
    return NAMES.has(figure.field());
  }

  private static String name(Figure figure, int language) {
    JsonNode names = NAMES.path(figure.field());
    return names.isMissingNode() ? figure.field() : names.get(language).asText();
  }

  private static JsonNode load() {
    try (InputStream in = FigureNames.class.getResourceAsStream("/printing/figures.json")) {
      return new ObjectMapper().readTree(in).path("figures");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
