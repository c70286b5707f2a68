package org.liandong.model.reference;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.liandong.model.InvalidValueException;
import org.liandong.model.campaign.CorrectReportCommand;
import org.liandong.model.code.CategoryCode;
import org.liandong.model.code.DepartmentCode;
import org.liandong.model.code.RegionCode;
import org.liandong.model.code.UnitCode;

/**
 * Refuses new input (a command, a signed-in actor) that names a department, region, goods category
 * or unit the reference data does not have. The contract's code types check only their form, so
 * that a reader decodes events with codes newer than its own reference data; this is the one place
 * where a code is held against the reference data, where new input comes in: the command side on
 * its way to the command bus, the sign-in of an actor.
 *
 * <p>A refusal names the field as the request's JSON does ({@code department}, {@code
 * quantity.unit}, {@code regions}), for the API's {@code invalid-field} problem.
 */
public final class KnownCodes {

  private record Kind(
      Class<?> type, Function<String, Optional<ReferenceEntry>> lookup, String reference) {}

  private static final ReferenceData REFERENCE = ReferenceData.instance();

  private static final List<Kind> KINDS =
      List.of(
          new Kind(
              DepartmentCode.class,
              REFERENCE::department,
              "a department of the reference data (see /reference/departments)"),
          new Kind(
              RegionCode.class,
              REFERENCE::region,
              "one of the 32 evaluation regions (GB/T 2260 province code, 66 for the XPCC)"),
          new Kind(
              CategoryCode.class,
              REFERENCE::goodsCategory,
              "a goods category of the reference data (see /reference/goods-categories)"),
          new Kind(
              UnitCode.class,
              REFERENCE::unit,
              "a unit of the reference data (see /reference/units)"));

  private KnownCodes() {}

  /**
   * @throws InvalidValueException naming the first field that holds a code the reference data does
   *     not have
   */
  public static void check(Object command) {
    // A correction's request body is the corrected report itself: its fields are named from there.
    check(
        command instanceof CorrectReportCommand correction ? correction.corrected() : command, "");
  }

  private static void check(Object value, String path) {
    if (value == null) {
      return;
    }
    for (Kind kind : KINDS) {
      if (kind.type().isInstance(value)) {
        String code = value.toString();
        if (kind.lookup().apply(code).isEmpty()) {
          throw new InvalidValueException(
              path, "unknown code '" + code + "': must be " + kind.reference());
        }
        return;
      }
    }
    if (value instanceof Collection<?> values) {
      values.forEach(element -> check(element, path));
    } else if (value instanceof Map<?, ?> map) {
      map.forEach(
          (key, element) -> {
            check(key, path);
            check(element, path);
          });
    } else if (value instanceof Record record && isContract(record)) {
      for (RecordComponent component : record.getClass().getRecordComponents()) {
        check(valueOf(component, record), pathOf(component, path));
      }
    }
  }

  private static boolean isContract(Record record) {
    return record.getClass().getPackageName().startsWith("org.liandong.model");
  }

  private static Object valueOf(RecordComponent component, Record record) {
    try {
      return component.getAccessor().invoke(record);
    } catch (IllegalAccessException | InvocationTargetException e) {
      throw new IllegalStateException("cannot read " + component + " of a command", e);
    }
  }

  /** A component whose fields stand beside its record's in the JSON adds no name of its own. */
  private static String pathOf(RecordComponent component, String path) {
    return component.getAccessor().isAnnotationPresent(JsonUnwrapped.class)
        ? path
        : join(path, component.getName());
  }

  private static String join(String path, String field) {
    return path.isEmpty() ? field : path + "." + field;
  }
}
