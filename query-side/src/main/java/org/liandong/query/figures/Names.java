package org.liandong.query.figures;

import java.util.Optional;
import java.util.function.Function;
import org.liandong.model.reference.ReferenceData;
import org.liandong.model.reference.ReferenceEntry;

/**
 * Codes in views, named from this reader's reference data. A code the data does not have (added by
 * a newer command side, say) is shown under its code, names and all, and still counted: a view
 * never drops a fact for want of a name.
 */
public final class Names {

  private static final ReferenceData REFERENCE = ReferenceData.instance();

  private Names() {}

  /** The department's entry; null for no code. */
  public static ReferenceEntry department(String code) {
    return named(code, REFERENCE::department);
  }

  /** The region's entry; null for no code. */
  public static ReferenceEntry region(String code) {
    return named(code, REFERENCE::region);
  }

  /** The goods category's entry; null for no code. */
  public static ReferenceEntry category(String code) {
    return named(code, REFERENCE::goodsCategory);
  }

  private static ReferenceEntry named(
      String code, Function<String, Optional<ReferenceEntry>> lookup) {
    return code == null
        ? null
        : lookup.apply(code).orElseGet(() -> new ReferenceEntry(code, code, code));
  }
}
