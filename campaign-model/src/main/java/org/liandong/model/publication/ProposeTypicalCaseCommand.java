package org.liandong.model.publication;

import org.liandong.model.Require;
import org.liandong.model.code.DepartmentCode;
import org.liandong.model.code.RightType;
import org.liandong.model.id.CampaignId;
import org.liandong.model.id.ReportId;
import org.liandong.model.id.TargetId;

/**
 * A department proposes one of its reports (or a joint operation it took part in) as a typical
 * case: the right it concerns, a title and a narrative in Chinese and English, none naming a
 * suspect or holding an identity number ({@link PersonalData}). Proposed again after it was
 * returned, it replaces the earlier proposal.
 */
public record ProposeTypicalCaseCommand(
    @TargetId TypicalCaseId typicalCaseId,
    DepartmentCode department,
    CampaignId campaign,
    ReportId report,
    RightType right,
    Bilingual title,
    Bilingual narrative) {

  public ProposeTypicalCaseCommand {
    Require.present(typicalCaseId, "typicalCaseId");
    Require.present(department, "department");
    Require.present(campaign, "campaign");
    Require.present(report, "report");
    Require.present(right, "right");
    title = Require.present(title, "title").checked("title", 200);
    narrative = Require.present(narrative, "narrative").checked("narrative", 10_000);
    PersonalData.refuse(title.zh(), "title.zh");
    PersonalData.refuse(title.en(), "title.en");
    PersonalData.refuse(narrative.zh(), "narrative.zh");
    PersonalData.refuse(narrative.en(), "narrative.en");
  }
}
