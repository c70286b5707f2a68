package org.liandong.web.statistics;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Where the app lists the reports behind a figure of a year, read in one breakdown: the year's
 * figures now, or a release's as recorded by its cut-off (and of its one campaign, if it has one).
 *
 * @param fixed the filters every link of the page carries ({@code recordedBy}, {@code campaign})
 */
public record SourceLinks(int year, Map<String, String> fixed) {

  /** The filters a link to the reports behind a figure may carry, besides the figure. */
  static final List<String> FILTERS =
      List.of("region", "campaign", "department", "right", "category", "recordedBy");

  public static SourceLinks now(int year) {
    return new SourceLinks(year, Map.of());
  }

  /** The links of a release's figures: as recorded by its cut-off, within its campaign if any. */
  public static SourceLinks asOf(int year, Instant recordedBy, String campaign) {
    Map<String, String> fixed = new LinkedHashMap<>();
    fixed.put("recordedBy", recordedBy.toString());
    if (campaign != null) {
      fixed.put("campaign", campaign);
    }
    return new SourceLinks(year, fixed);
  }

  /** The reports behind {@code figure}, in the breakdown {@code filter} = {@code code}. */
  public String of(String figure, String filter, String code) {
    UriComponentsBuilder link =
        UriComponentsBuilder.fromPath("/statistics/{year}/reports").queryParam("figure", figure);
    if (filter != null) {
      link.queryParam(filter, code);
    }
    fixed.forEach(
        (name, value) -> {
          if (!name.equals(filter)) {
            link.queryParam(name, value);
          }
        });
    return link.buildAndExpand(year).encode().toUriString();
  }

  /** The reports behind the figure as a whole. */
  public String of(String figure) {
    return of(figure, null, null);
  }
}
