package org.liandong.command.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.liandong.model.InvalidValueException;
import org.liandong.model.campaign.CorrectReportCommand;
import org.liandong.model.campaign.RecordReportCommand;
import org.liandong.model.campaign.ReportDetails;
import org.liandong.model.campaign.ReportHeader;
import org.liandong.model.id.CampaignId;
import org.liandong.model.id.ReportId;
import org.springframework.stereotype.Component;

/**
 * The body of a field report at {@code /campaigns/{campaignId}/{kind}}: one JSON object in which
 * the report's id (for a correction: why it is corrected), the {@link ReportHeader} every report
 * has and the fields of its kind stand side by side. Each part is read into its own record from the
 * fields of the object that are its own, as strictly as any other request (an unknown field inside
 * a value, such as a quantity, is refused); a field of the object that no part has is refused here.
 * Public for the tests that derive requests from the API.
 */
@Component
public class ReportBodies {

  /** What a new report says beside its header and details. */
  public record NewReport(ReportId reportId) {}

  /**
   * What a correction says beside the report as it should have been: why. Its id is in the path; a
   * client that sends the whole report, id and all, may, as long as the ids agree.
   */
  public record Correction(ReportId reportId, String reason) {}

  private final ObjectMapper json;

  ReportBodies(ObjectMapper json) {
    this.json = json;
  }

  /** The records a body of the kind is made of, in the order they are read. */
  public static List<Class<?>> partsOf(Class<? extends ReportDetails> kind, boolean correction) {
    Class<?> first = correction ? Correction.class : NewReport.class;
    return List.of(first, ReportHeader.class, kind);
  }

  RecordReportCommand report(
      CampaignId campaignId, ObjectNode body, Class<? extends ReportDetails> kind)
      throws JsonProcessingException {
    requireKnownFields(body, partsOf(kind, false));
    return new RecordReportCommand(
        campaignId,
        part(body, NewReport.class).reportId(),
        part(body, ReportHeader.class),
        part(body, kind));
  }

  CorrectReportCommand correction(
      CampaignId campaignId,
      ReportId reportId,
      ObjectNode body,
      Class<? extends ReportDetails> kind)
      throws JsonProcessingException {
    requireKnownFields(body, partsOf(kind, true));
    Correction correction = part(body, Correction.class);
    if (correction.reportId() != null && !correction.reportId().equals(reportId)) {
      throw new InvalidValueException("reportId", "must be the id in the path, " + reportId);
    }
    RecordReportCommand corrected =
        new RecordReportCommand(
            campaignId, reportId, part(body, ReportHeader.class), part(body, kind));
    return new CorrectReportCommand(corrected, correction.reason());
  }

  /** The part's own fields of the body, read into its record. */
  private <T> T part(ObjectNode body, Class<T> part) throws JsonProcessingException {
    return json.treeToValue(body.deepCopy().retain(fieldsOf(part)), part);
  }

  private static Set<String> fieldsOf(Class<?> part) {
    return Arrays.stream(part.getRecordComponents())
        .map(RecordComponent::getName)
        .collect(Collectors.toSet());
  }

  private static void requireKnownFields(ObjectNode body, List<Class<?>> parts) {
    Set<String> known =
        parts.stream().flatMap(part -> fieldsOf(part).stream()).collect(Collectors.toSet());
    for (Iterator<String> fields = body.fieldNames(); fields.hasNext(); ) {
      String field = fields.next();
      if (!known.contains(field)) {
        throw new InvalidValueException(field, "is not a field of this request");
      }
    }
  }
}
