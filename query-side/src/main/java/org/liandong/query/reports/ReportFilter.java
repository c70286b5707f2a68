package org.liandong.query.reports;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Optional;
import java.util.function.Function;
import org.liandong.model.access.Actor;
import org.liandong.model.campaign.FieldReport;
import org.liandong.model.code.DepartmentCode;
import org.liandong.model.code.RegionCode;
import org.liandong.model.reference.ReferenceData;
import org.liandong.model.reference.ReferenceEntry;
import org.liandong.query.web.InvalidParameterException;
import org.liandong.query.web.Scope;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * Filters of a report listing, from query parameters: {@code region} (a code, or {@code national}
 * for the national figures reported for no region), {@code kind} (the event name, such as {@code
 * GoodsSeized}), {@code category}, {@code occurredFrom} and {@code occurredTo} (dates, inclusive),
 * {@code retracted} (also list retracted reports), {@code involvement} (of a department's listing:
 * {@code own} reports, those behind its totals, or {@code joint} operations it took part in, those
 * behind its joint totals; both when absent), {@code page}, {@code size}. A code that names
 * nothing, or a period that ends before it starts, is refused rather than answered with an empty
 * list that reads as "no reports".
 */
record ReportFilter(
    String region,
    String kind,
    String category,
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate occurredFrom,
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate occurredTo,
    Boolean retracted,
    String involvement,
    Integer page,
    Integer size) {

  static final int MAX_PAGE_SIZE = 500;

  /** The {@code region} of the national figures, reported for no region. */
  static final String NATIONAL = "national";

  Criteria criteria() {
    Criteria criteria = new Criteria();
    if (!Boolean.TRUE.equals(retracted)) {
      criteria.and(LedgerRow.STATUS).is(LedgerRow.Status.ACTIVE.name());
    }
    if (NATIONAL.equals(region)) {
      criteria.and(LedgerRow.REGION).is(null);
    } else if (region != null) {
      requireKnown("region", region, ReferenceData.instance()::region);
      criteria.and(LedgerRow.REGION).is(region);
    }
    if (kind != null) {
      requireKind(kind);
      criteria.and(LedgerRow.KIND).is(kind);
    }
    if (category != null) {
      requireKnown("category", category, ReferenceData.instance()::goodsCategory);
      criteria.and(LedgerRow.CATEGORY).is(category);
    }
    if (occurredFrom != null && occurredTo != null && occurredTo.isBefore(occurredFrom)) {
      throw new InvalidParameterException("occurredTo", "is before occurredFrom");
    }
    // ISO dates stored as text sort as dates do.
    if (occurredFrom != null && occurredTo != null) {
      criteria.and(LedgerRow.OCCURRED_ON).gte(occurredFrom.toString()).lte(occurredTo.toString());
    } else if (occurredFrom != null) {
      criteria.and(LedgerRow.OCCURRED_ON).gte(occurredFrom.toString());
    } else if (occurredTo != null) {
      criteria.and(LedgerRow.OCCURRED_ON).lte(occurredTo.toString());
    }
    return criteria;
  }

  /** A department's part in the reports listed: its own, the joint ones, or both. */
  Criteria involving(DepartmentCode department) {
    if (involvement == null) {
      return ownOrJoint(department.value());
    }
    return switch (involvement) {
      case "own" -> Criteria.where(LedgerRow.DEPARTMENT).is(department.value());
      case "joint" -> Criteria.where(LedgerRow.COOPERATING_DEPARTMENTS).is(department.value());
      default -> throw new InvalidParameterException("involvement", "must be own or joint");
    };
  }

  /**
   * The reports of the ledger the reader may read ({@link Scope}), as a filter: a department user's
   * own and the joint operations its department took part in, in its region when limited to one.
   */
  static Criteria readableBy(Actor reader) {
    DepartmentCode department = Scope.ownDepartment(reader);
    Criteria criteria = department == null ? new Criteria() : ownOrJoint(department.value());
    RegionCode region = Scope.ownRegion(reader);
    if (region != null) {
      criteria.and(LedgerRow.REGION).is(region.value());
    }
    return criteria;
  }

  private static Criteria ownOrJoint(String department) {
    return new Criteria()
        .orOperator(
            Criteria.where(LedgerRow.DEPARTMENT).is(department),
            Criteria.where(LedgerRow.COOPERATING_DEPARTMENTS).is(department));
  }

  int pageOrDefault() {
    if (page != null && page < 0) {
      throw new InvalidParameterException("page", "must be 0 or more");
    }
    return page == null ? 0 : page;
  }

  int sizeOrDefault() {
    if (size != null && (size < 1 || size > MAX_PAGE_SIZE)) {
      throw new InvalidParameterException("size", "must be from 1 to " + MAX_PAGE_SIZE);
    }
    return size == null ? 50 : size;
  }

  static void requireKnown(
      String parameter, String code, Function<String, Optional<ReferenceEntry>> lookup) {
    if (lookup.apply(code).isEmpty()) {
      throw new InvalidParameterException(
          parameter, "'" + code + "' is not in the reference data (GET /reference/...)");
    }
  }

  private static void requireKind(String kind) {
    boolean known =
        Arrays.stream(FieldReport.class.getPermittedSubclasses())
            .anyMatch(type -> type.getSimpleName().equals(kind));
    if (!known) {
      throw new InvalidParameterException(
          "kind",
          "'"
              + kind
              + "' is no kind of report; kinds are "
              + Arrays.stream(FieldReport.class.getPermittedSubclasses())
                  .map(Class::getSimpleName)
                  .toList());
    }
  }
}
