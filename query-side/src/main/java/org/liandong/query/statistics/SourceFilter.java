package org.liandong.query.statistics;

import java.math.BigDecimal;
import java.util.Arrays;
import org.liandong.model.campaign.FieldReport;
import org.liandong.model.campaign.Figure;
import org.liandong.query.figures.ReportIncrements;
import org.liandong.query.web.InvalidParameterException;

/**
 * Which of a year's reports stand behind one figure of the statistics: the figure (its field name,
 * such as {@code websitesClosed}) and the breakdown it was read in, from query parameters. {@code
 * region} is a region code, or {@value #NATIONAL} for the national figures reported for no region;
 * {@code right} a {@link org.liandong.model.code.RightType} or {@value ReportIncrements#NO_RIGHT};
 * each absent filter matches every report.
 */
public record SourceFilter(
    String figure,
    String region,
    String campaign,
    String department,
    String right,
    String category) {

  /** The {@code region} of the national figures, which lie in no region. */
  public static final String NATIONAL = "national";

  /** The figure named, or a 400 naming {@code figure}. */
  public Figure requireFigure() {
    return Arrays.stream(Figure.values())
        .filter(known -> known.field().equals(figure))
        .findFirst()
        .orElseThrow(
            () ->
                new InvalidParameterException(
                    "figure",
                    "'"
                        + figure
                        + "' is no figure; figures are "
                        + Arrays.stream(Figure.values()).map(Figure::field).toList()));
  }

  /** Whether the report is of the breakdown asked for and adds to the figure. */
  public boolean matches(FieldReport report) {
    return report.figures().containsKey(requireFigure())
        && (region == null || region.equals(regionOf(report)))
        && (campaign == null || campaign.equals(report.campaignId().value()))
        && (department == null || department.equals(report.department().value()))
        && (right == null || right.equals(ReportIncrements.rightOf(report)))
        && (category == null || category.equals(ReportIncrements.categoryOf(report)));
  }

  /** What the report adds to the figure: a count, or yuan. */
  public BigDecimal valueOf(FieldReport report) {
    Figure asked = requireFigure();
    long counter = report.figures().getOrDefault(asked, 0L);
    return asked.measure() == Figure.Measure.YUAN
        ? BigDecimal.valueOf(counter, 2)
        : BigDecimal.valueOf(counter);
  }

  private static String regionOf(FieldReport report) {
    return report.header().national() ? NATIONAL : report.region().value();
  }
}
