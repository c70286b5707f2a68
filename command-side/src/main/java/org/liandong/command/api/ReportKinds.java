package org.liandong.command.api;

import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.liandong.model.campaign.ReportDetails;
import org.liandong.model.campaign.ReportPath;

/**
 * The path of each kind of field report under {@code /campaigns/{campaignId}/}, as its kind's
 * {@link ReportPath} names it; public for the tests that derive requests from the API (the
 * generated bad-input suite).
 */
public final class ReportKinds {

  public static final Map<String, Class<? extends ReportDetails>> BY_PATH =
      ReportDetails.kinds().stream()
          .collect(Collectors.toUnmodifiableMap(ReportKinds::pathOf, Function.identity()));

  private ReportKinds() {}

  /** The kind of report taken at a path, if any. */
  static Optional<Class<? extends ReportDetails>> at(String path) {
    return Optional.ofNullable(BY_PATH.get(path));
  }

  static String pathOf(Class<? extends ReportDetails> kind) {
    ReportPath path = kind.getAnnotation(ReportPath.class);
    if (path == null) {
      throw new IllegalStateException(kind.getName() + " has no @ReportPath");
    }
    return path.value();
  }
}
