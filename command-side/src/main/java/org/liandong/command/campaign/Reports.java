package org.liandong.command.campaign;

import java.math.BigDecimal;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.liandong.command.Fingerprint;
import org.liandong.model.campaign.CampaignId;
import org.liandong.model.campaign.CaseFiled;
import org.liandong.model.campaign.FieldReport;
import org.liandong.model.campaign.FieldReportCommand;
import org.liandong.model.campaign.GangsDismantled;
import org.liandong.model.campaign.GoodsSeized;
import org.liandong.model.campaign.RecordCaseFiledCommand;
import org.liandong.model.campaign.RecordGangsDismantledCommand;
import org.liandong.model.campaign.RecordGoodsSeizedCommand;
import org.liandong.model.campaign.RecordShipmentsInterceptedCommand;
import org.liandong.model.campaign.RecordSiteRaidedCommand;
import org.liandong.model.campaign.RecordSuspectsArrestedCommand;
import org.liandong.model.campaign.RecordWebsitesClosedCommand;
import org.liandong.model.campaign.ReportCorrected;
import org.liandong.model.campaign.ReportId;
import org.liandong.model.campaign.ShipmentsIntercepted;
import org.liandong.model.campaign.SiteRaided;
import org.liandong.model.campaign.SuspectsArrested;
import org.liandong.model.campaign.WebsitesClosed;

/** Each kind of field report: the event a command records, and what a retry must match. */
final class Reports {

  private Reports() {}

  static FieldReport eventFor(FieldReportCommand command, CampaignId campaignId, boolean late) {
    if (command instanceof RecordSiteRaidedCommand c) {
      return new SiteRaided(
          campaignId,
          c.reportId(),
          c.department(),
          c.region(),
          c.occurredOn(),
          c.reportedBy(),
          c.sites(),
          c.notes(),
          late,
          c.cooperatingDepartments());
    } else if (command instanceof RecordGoodsSeizedCommand c) {
      return new GoodsSeized(
          campaignId,
          c.reportId(),
          c.department(),
          c.region(),
          c.occurredOn(),
          c.reportedBy(),
          c.category(),
          c.quantity(),
          c.estimatedValue(),
          c.notes(),
          late,
          c.cooperatingDepartments());
    } else if (command instanceof RecordCaseFiledCommand c) {
      return new CaseFiled(
          campaignId,
          c.reportId(),
          c.department(),
          c.region(),
          c.occurredOn(),
          c.reportedBy(),
          c.caseKind(),
          c.cases(),
          c.valueInvolved(),
          c.notes(),
          late,
          c.cooperatingDepartments());
    } else if (command instanceof RecordSuspectsArrestedCommand c) {
      return new SuspectsArrested(
          campaignId,
          c.reportId(),
          c.department(),
          c.region(),
          c.occurredOn(),
          c.reportedBy(),
          c.suspects(),
          c.notes(),
          late,
          c.cooperatingDepartments());
    } else if (command instanceof RecordGangsDismantledCommand c) {
      return new GangsDismantled(
          campaignId,
          c.reportId(),
          c.department(),
          c.region(),
          c.occurredOn(),
          c.reportedBy(),
          c.gangs(),
          c.notes(),
          late,
          c.cooperatingDepartments());
    } else if (command instanceof RecordWebsitesClosedCommand c) {
      return new WebsitesClosed(
          campaignId,
          c.reportId(),
          c.department(),
          c.region(),
          c.occurredOn(),
          c.reportedBy(),
          c.websites(),
          c.notes(),
          late,
          c.cooperatingDepartments());
    }
    RecordShipmentsInterceptedCommand c = (RecordShipmentsInterceptedCommand) command;
    return new ShipmentsIntercepted(
        campaignId,
        c.reportId(),
        c.department(),
        c.region(),
        c.occurredOn(),
        c.reportedBy(),
        c.shipments(),
        c.notes(),
        late,
        c.cooperatingDepartments());
  }

  /** The version of a report that counts now: the last correction of it, or the report itself. */
  static FieldReport currentVersion(EventStore store, CampaignId campaignId, ReportId reportId) {
    FieldReport current = null;
    var history = store.readEvents(campaignId.value(), 0);
    while (history.hasNext()) {
      Object event = history.next().getPayload();
      if (event instanceof FieldReport report && report.reportId().equals(reportId)) {
        current = report;
      } else if (event instanceof ReportCorrected correction
          && correction.reportId().equals(reportId)) {
        current = correction.corrected();
      }
    }
    if (current == null) {
      throw new IllegalStateException("report " + reportId + " is known but not in the history");
    }
    return current;
  }

  /**
   * What the client asked to record, without what the campaign added ({@code late}): a retry sent
   * during the review of a report first sent during the crackdown is the same report.
   */
  static long fingerprint(FieldReport report) {
    String common =
        String.join(
            "|",
            report.getClass().getSimpleName(),
            report.department().value(),
            report.region().value(),
            report.occurredOn().toString(),
            report.reportedBy(),
            String.valueOf(report.cooperatingDepartments()));
    if (report instanceof SiteRaided r) {
      return Fingerprint.of(common, r.sites(), r.notes());
    } else if (report instanceof GoodsSeized r) {
      return Fingerprint.of(
          common,
          r.category(),
          r.quantity().amount().stripTrailingZeros().toPlainString(),
          r.quantity().unit(),
          r.estimatedValue() == null ? null : plain(r.estimatedValue().yuan()),
          r.notes());
    } else if (report instanceof CaseFiled r) {
      return Fingerprint.of(
          common,
          r.caseKind().name(),
          r.cases(),
          r.valueInvolved() == null ? null : plain(r.valueInvolved().yuan()),
          r.notes());
    } else if (report instanceof SuspectsArrested r) {
      return Fingerprint.of(common, r.suspects(), r.notes());
    } else if (report instanceof GangsDismantled r) {
      return Fingerprint.of(common, r.gangs(), r.notes());
    } else if (report instanceof WebsitesClosed r) {
      return Fingerprint.of(common, r.websites(), r.notes());
    }
    ShipmentsIntercepted r = (ShipmentsIntercepted) report;
    return Fingerprint.of(common, r.shipments(), r.notes());
  }

  private static String plain(BigDecimal amount) {
    return amount.stripTrailingZeros().toPlainString();
  }
}
