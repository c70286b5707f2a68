package org.liandong.query.typicalcases;

import java.util.Arrays;
import org.liandong.model.code.RightType;
import org.liandong.model.reference.ReferenceData;
import org.liandong.query.web.InvalidParameterException;

/**
 * Filters of the typical-case listing, from query parameters: {@code year} (of the day its report
 * happened), {@code campaign}, {@code right}, {@code region} (a code, or {@value #NATIONAL}), and
 * {@code status} ({@code PROPOSED}, {@code RETURNED}, {@code PUBLISHED}); each absent one matches
 * every case the reader may read.
 */
public record TypicalCaseFilter(
    Integer year, String campaign, String right, String region, String status) {

  static final String NATIONAL = "national";

  /** The filter, or a 400 naming the parameter that names nothing. */
  public TypicalCaseFilter checked() {
    if (right != null && Arrays.stream(RightType.values()).noneMatch(r -> r.name().equals(right))) {
      throw new InvalidParameterException(
          "right", "must be one of " + Arrays.toString(RightType.values()));
    }
    if (region != null
        && !NATIONAL.equals(region)
        && ReferenceData.instance().region(region).isEmpty()) {
      throw new InvalidParameterException("region", "must be a region code or " + NATIONAL);
    }
    if (status != null
        && Arrays.stream(TypicalCaseDocument.Status.values())
            .noneMatch(s -> s.name().equals(status))) {
      throw new InvalidParameterException("status", "must be PROPOSED, RETURNED or PUBLISHED");
    }
    return this;
  }

  boolean matches(TypicalCaseView view) {
    return (year == null || year.equals(view.year()))
        && (campaign == null || campaign.equals(view.campaign()))
        && (right == null || right.equals(view.right()))
        && (region == null || region.equals(view.regionCode()))
        && (status == null || status.equals(view.status().name()));
  }
}
