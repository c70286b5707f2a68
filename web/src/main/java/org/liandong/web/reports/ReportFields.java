package org.liandong.web.reports;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.liandong.model.InvalidValueException;
import org.liandong.model.campaign.ReportDetails;
import org.liandong.model.campaign.ReportHeader;
import org.liandong.model.code.CategoryCode;
import org.liandong.model.code.DepartmentCode;
import org.liandong.model.code.RegionCode;
import org.liandong.model.code.UnitCode;
import org.liandong.model.reference.ReferenceData;
import org.liandong.model.reference.ReferenceEntry;

/**
 * A report's fields read from the contract's records: one per component, a value object of several
 * parts ({@code Quantity}) one per part, dotted. Whether a field is required is asked of the
 * contract itself: a report with every other field given and this one left out is checked as a new
 * report is, and a field is required when the check refuses the report naming it.
 */
final class ReportFields {

  /**
   * The header's fields the form does not offer: the department, which is the signed-in user's, and
   * the co-operating departments of a joint operation, not yet entered through the app.
   */
  private static final Set<String> NOT_ENTERED = Set.of("department", "cooperatingDepartments");

  private static final Map<Class<?>, List<ReferenceEntry>> CODES =
      Map.of(
          CategoryCode.class, ReferenceData.instance().goodsCategories(),
          UnitCode.class, ReferenceData.instance().units(),
          RegionCode.class, ReferenceData.instance().regions(),
          DepartmentCode.class, ReferenceData.instance().departments());

  private ReportFields() {}

  static List<ReportField> header() {
    return of(ReportHeader.class, NOT_ENTERED, header -> ((ReportHeader) header).checked());
  }

  static List<ReportField> of(Class<? extends ReportDetails> kind) {
    return of(kind, Set.of(), details -> ((ReportDetails) details).check());
  }

  private static List<ReportField> of(
      Class<?> record, Set<String> skipped, Consumer<Object> check) {
    List<ReportField> fields = new ArrayList<>();
    for (RecordComponent component : record.getRecordComponents()) {
      if (skipped.contains(component.getName())) {
        continue;
      }
      boolean required = refusedWithout(record, component.getName(), check);
      Class<?> type = component.getType();
      if (type.isRecord() && type.getRecordComponents().length > 1) {
        for (RecordComponent part : type.getRecordComponents()) {
          fields.add(field(component.getName() + "." + part.getName(), part.getType(), required));
        }
      } else {
        fields.add(field(component.getName(), type, required));
      }
    }
    return List.copyOf(fields);
  }

  private static ReportField field(String name, Class<?> type, boolean required) {
    List<String> choices =
        type.isEnum()
            ? Arrays.stream(type.getEnumConstants()).map(c -> ((Enum<?>) c).name()).toList()
            : List.of();
    return new ReportField(name, FieldType.of(name, type), required, choices);
  }

  /** Whether the contract refuses a report that leaves the field out and gives all the others. */
  private static boolean refusedWithout(Class<?> record, String field, Consumer<Object> check) {
    RecordComponent[] components = record.getRecordComponents();
    Object[] values = new Object[components.length];
    for (int i = 0; i < components.length; i++) {
      values[i] = components[i].getName().equals(field) ? null : sample(components[i].getType());
    }
    try {
      check.accept(construct(record, values));
      return false;
    } catch (InvalidValueException refused) {
      if (!field.equals(refused.field())) {
        throw new IllegalStateException(record.getName() + " refused a sample value", refused);
      }
      return true;
    }
  }

  /** A value the contract takes for a field of this type, to probe the others with. */
  private static Object sample(Class<?> type) {
    if (type == Integer.class || type == int.class) {
      return 1;
    }
    if (type == Long.class) {
      return 1L;
    }
    if (type == BigDecimal.class) {
      return BigDecimal.ONE;
    }
    if (type == String.class) {
      return "sample";
    }
    if (type == LocalDate.class) {
      return LocalDate.of(2020, 1, 1);
    }
    if (type.isEnum()) {
      return type.getEnumConstants()[0];
    }
    if (Collection.class.isAssignableFrom(type)) {
      return type == List.class ? List.of() : Set.of();
    }
    if (CODES.containsKey(type)) {
      return construct(type, CODES.get(type).get(0).code());
    }
    if (type.isRecord()) {
      return construct(
          type, Arrays.stream(type.getRecordComponents()).map(c -> sample(c.getType())).toArray());
    }
    throw new IllegalStateException("no sample value of " + type.getName());
  }

  private static Object construct(Class<?> record, Object... values) {
    Class<?>[] types =
        Arrays.stream(record.getRecordComponents())
            .map(RecordComponent::getType)
            .toArray(Class<?>[]::new);
    try {
      Constructor<?> canonical = record.getDeclaredConstructor(types);
      return canonical.newInstance(values);
    } catch (InvocationTargetException e) {
      if (e.getCause() instanceof InvalidValueException refused) {
        throw refused;
      }
      throw new IllegalStateException(e.getCause());
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    }
  }
}
