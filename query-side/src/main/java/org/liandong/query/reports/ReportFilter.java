package org.liandong.query.reports;

import java.time.LocalDate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * Filters of a report listing, from query parameters: {@code region}, {@code kind} (the event name,
 * such as {@code GoodsSeized}), {@code category}, {@code occurredFrom} and {@code occurredTo}
 * (dates, inclusive), {@code retracted} (also list retracted reports), {@code page}, {@code size}.
 */
record ReportFilter(
    String region,
    String kind,
    String category,
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate occurredFrom,
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate occurredTo,
    Boolean retracted,
    Integer page,
    Integer size) {

  Criteria criteria() {
    Criteria criteria = new Criteria();
    if (!Boolean.TRUE.equals(retracted)) {
      criteria.and("status").is("ACTIVE");
    }
    if (region != null) {
      criteria.and("region").is(region);
    }
    if (kind != null) {
      criteria.and("kind").is(kind);
    }
    if (category != null) {
      criteria.and("category").is(category);
    }
    // ISO dates stored as text sort as dates do.
    if (occurredFrom != null && occurredTo != null) {
      criteria.and("occurredOn").gte(occurredFrom.toString()).lte(occurredTo.toString());
    } else if (occurredFrom != null) {
      criteria.and("occurredOn").gte(occurredFrom.toString());
    } else if (occurredTo != null) {
      criteria.and("occurredOn").lte(occurredTo.toString());
    }
    return criteria;
  }

  int pageOrDefault() {
    return page == null ? 0 : page;
  }

  int sizeOrDefault() {
    return size == null ? 50 : size;
  }
}
