package org.liandong.model.casefile;

import java.util.Set;
import org.liandong.model.InvalidValueException;
import org.liandong.model.Require;
import org.liandong.model.campaign.CaseTransferred;
import org.liandong.model.code.DepartmentCode;
import org.liandong.model.code.RegionCode;
import org.liandong.model.id.CampaignId;
import org.liandong.model.id.CaseId;
import org.liandong.model.id.ReportId;
import org.liandong.model.id.TargetId;
import org.liandong.model.id.TransferId;

/**
 * A department hands a case to another: the first transfer opens the case (for instance market
 * regulation to the police); later ones move it on (police to procuratorate, procuratorate to
 * court) once the holder has accepted it. It may name the campaign and reports it came from. The
 * sender chooses the transfer's id, so that a retry is recognised.
 */
public record TransferCaseCommand(
    @TargetId CaseId caseId,
    TransferId transferId,
    DepartmentCode from,
    DepartmentCode to,
    RegionCode region,
    String title,
    CampaignId campaignId,
    Set<ReportId> reports,
    String note) {

  public TransferCaseCommand {
    Require.present(caseId, "caseId");
    Require.present(transferId, "transferId");
    Require.present(from, "from");
    Require.present(to, "to");
    Require.present(region, "region");
    title = Require.text(title, "title", 500);
    if (from.equals(to)) {
      throw new InvalidValueException("to", "must be another department than " + from);
    }
    reports = reports == null ? Set.of() : Set.copyOf(Require.noNulls(reports, "reports"));
    if (campaignId == null && !reports.isEmpty()) {
      throw new InvalidValueException("campaignId", "is required when reports are named");
    }
    note = Require.optionalText(note, "note", 2000);
  }

  /**
   * The event that records it.
   *
   * @param stage the transfer's number in the case's history, from 1, which the case decides
   */
  public CaseTransferred toEvent(int stage) {
    return new CaseTransferred(
        caseId, transferId, stage, from, to, region, title, campaignId, reports, note);
  }
}
