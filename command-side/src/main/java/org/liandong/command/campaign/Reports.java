package org.liandong.command.campaign;

import java.util.Set;
import org.axonframework.eventhandling.DomainEventMessage;
import org.liandong.command.Fingerprint;
import org.liandong.model.campaign.FieldReport;
import org.liandong.model.campaign.ReportCorrected;

/** What every kind of field report shares on the command side, whatever its figures. */
final class Reports {

  /** What the campaign adds to a report, not the client: left out of its fingerprint. */
  private static final Set<String> NOT_ASKED_FOR = Set.of("campaignId", "late");

  private Reports() {}

  /**
   * What the client asked to record, without what the campaign added ({@code late}): a retry sent
   * during the review of a report first sent during the crackdown is the same report.
   */
  static long fingerprint(FieldReport report) {
    return Fingerprint.ofRecord((Record) report, NOT_ASKED_FOR);
  }

  /** The version of a report an event of its history holds: the report or its correction. */
  static FieldReport versionIn(DomainEventMessage<?> event) {
    Object payload = event.getPayload();
    if (payload instanceof ReportCorrected correction) {
      return correction.corrected();
    }
    return (FieldReport) payload;
  }
}
