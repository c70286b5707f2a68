package org.liandong.web.evaluation;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.liandong.model.reference.ReferenceData;
import org.liandong.web.api.Named;

/** The evaluation regions of the reference data, named in both languages. */
final class Regions {

  private static final List<Named> ALL =
      ReferenceData.instance().regions().stream()
          .map(region -> new Named(region.code(), region.nameZh(), region.nameEn()))
          .toList();

  private static final Map<String, Named> BY_CODE =
      ALL.stream().collect(Collectors.toMap(Named::code, Function.identity()));

  private Regions() {}

  static List<Named> all() {
    return ALL;
  }

  /** A region by its code; under the code itself when the reference data does not have it. */
  static Named named(String code) {
    return BY_CODE.getOrDefault(code, new Named(code, null, null));
  }
}
