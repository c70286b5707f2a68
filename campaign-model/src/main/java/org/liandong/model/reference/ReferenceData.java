package org.liandong.model.reference;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The versioned reference data shipped with the contract: evaluation regions, departments, goods
 * categories and units. It is data ({@code /reference/*.json}), not code, so that a new department
 * or category is a data change. Codes are only ever added: stored events keep naming them.
 */
public final class ReferenceData {

  private static final ReferenceData INSTANCE = load();

  private final String regionsVersion;
  private final Map<String, ReferenceEntry> regions;
  private final String departmentsVersion;
  private final Map<String, ReferenceEntry> departments;
  private final String goodsVersion;
  private final Map<String, ReferenceEntry> goodsCategories;
  private final Map<String, ReferenceEntry> units;

  private ReferenceData(JsonNode regions, JsonNode departments, JsonNode goods) {
    this.regionsVersion = regions.path("version").asText();
    this.regions = entries(regions.path("regions"));
    this.departmentsVersion = departments.path("version").asText();
    this.departments = entries(departments.path("departments"));
    this.goodsVersion = goods.path("version").asText();
    this.goodsCategories = entries(goods.path("categories"));
    this.units = entries(goods.path("units"));
  }

  public static ReferenceData instance() {
    return INSTANCE;
  }

  public String version() {
    return String.join("/", regionsVersion, departmentsVersion, goodsVersion);
  }

  public List<ReferenceEntry> regions() {
    return List.copyOf(regions.values());
  }

  public List<ReferenceEntry> departments() {
    return List.copyOf(departments.values());
  }

  public List<ReferenceEntry> goodsCategories() {
    return List.copyOf(goodsCategories.values());
  }

  public List<ReferenceEntry> units() {
    return List.copyOf(units.values());
  }

  public Optional<ReferenceEntry> region(String code) {
    return Optional.ofNullable(regions.get(code));
  }

  public Optional<ReferenceEntry> department(String code) {
    return Optional.ofNullable(departments.get(code));
  }

  public Optional<ReferenceEntry> goodsCategory(String code) {
    return Optional.ofNullable(goodsCategories.get(code));
  }

  public Optional<ReferenceEntry> unit(String code) {
    return Optional.ofNullable(units.get(code));
  }

  private static Map<String, ReferenceEntry> entries(JsonNode array) {
    List<ReferenceEntry> list = new ArrayList<>();
    array.forEach(
        node ->
            list.add(
                new ReferenceEntry(
                    node.path("code").asText(),
                    node.path("nameZh").asText(),
                    node.path("nameEn").asText())));
    Map<String, ReferenceEntry> byCode = new LinkedHashMap<>();
    list.forEach(
        entry -> {
          if (byCode.put(entry.code(), entry) != null) {
            throw new IllegalStateException("duplicate reference code " + entry.code());
          }
        });
    return Collections.unmodifiableMap(byCode);
  }

  private static ReferenceData load() {
    ObjectMapper mapper = new ObjectMapper();
    return new ReferenceData(
        read(mapper, "regions.json"), read(mapper, "departments.json"), read(mapper, "goods.json"));
  }

  static JsonNode read(ObjectMapper mapper, String name) {
    try (InputStream in = ReferenceData.class.getResourceAsStream("/reference/" + name)) {
      if (in == null) {
        throw new IllegalStateException("reference data /reference/" + name + " is missing");
      }
      return mapper.readTree(in);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read reference data " + name, e);
    }
  }
}
