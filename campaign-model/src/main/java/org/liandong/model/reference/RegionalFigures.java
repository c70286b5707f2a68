package org.liandong.model.reference;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The resident population and the GDP of each evaluation region by year, shipped as data ({@code
 * /reference/regional-figures.json}, which names its sources) so that an indicator can be set
 * against a region's size. Every region of {@link ReferenceData#regions()} has both figures in
 * every year given; a year is only ever added.
 */
public final class RegionalFigures {

  private static final RegionalFigures INSTANCE =
      new RegionalFigures(ReferenceData.read(new ObjectMapper(), "regional-figures.json"));

  /** One year's figures: population in persons, GDP in 100 million yuan, and their sources. */
  public record Year(
      int year,
      Map<String, Long> population,
      Map<String, BigDecimal> gdp,
      String populationSource,
      String gdpSource) {

    public long population(String region) {
      return population.get(region);
    }

    public BigDecimal gdp(String region) {
      return gdp.get(region);
    }
  }

  private final String version;
  private final Map<Integer, Year> years = new TreeMap<>();

  private RegionalFigures(JsonNode document) {
    version = document.path("version").asText();
    document
        .path("years")
        .fields()
        .forEachRemaining(entry -> years.put(Integer.parseInt(entry.getKey()), year(entry)));
  }

  private static Year year(Map.Entry<String, JsonNode> entry) {
    Map<String, Long> population = new TreeMap<>();
    Map<String, BigDecimal> gdp = new TreeMap<>();
    JsonNode figures = entry.getValue();
    figures
        .path("population")
        .path("values")
        .fields()
        .forEachRemaining(value -> population.put(value.getKey(), value.getValue().asLong()));
    figures
        .path("gdp")
        .path("values")
        .fields()
        .forEachRemaining(value -> gdp.put(value.getKey(), value.getValue().decimalValue()));
    for (ReferenceEntry region : ReferenceData.instance().regions()) {
      if (!population.containsKey(region.code()) || !gdp.containsKey(region.code())) {
        throw new IllegalStateException(
            "regional figures of " + entry.getKey() + " lack region " + region.code());
      }
    }
    return new Year(
        Integer.parseInt(entry.getKey()),
        Map.copyOf(population),
        Map.copyOf(gdp),
        figures.path("population").path("source").asText(),
        figures.path("gdp").path("source").asText());
  }

  public static RegionalFigures instance() {
    return INSTANCE;
  }

  public String version() {
    return version;
  }

  public Optional<Year> year(int year) {
    return Optional.ofNullable(years.get(year));
  }
}
