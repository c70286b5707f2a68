package org.liandong.query.figures;

import java.util.EnumMap;
import java.util.Map;
import org.bson.Document;
import org.liandong.model.campaign.Figure;

/** Targets as projections store them: a whole number under each figure's name. */
public final class Targets {

  private Targets() {}

  public static Document stored(Map<Figure, Long> targets) {
    Document stored = new Document();
    targets.forEach((figure, value) -> stored.append(figure.name(), value));
    return stored;
  }

  public static Map<Figure, Long> read(Document stored) {
    Map<Figure, Long> targets = new EnumMap<>(Figure.class);
    stored.forEach(
        (figure, value) -> targets.put(Figure.valueOf(figure), ((Number) value).longValue()));
    return targets;
  }
}
