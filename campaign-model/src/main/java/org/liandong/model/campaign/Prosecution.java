package org.liandong.model.campaign;

import java.util.EnumMap;
import java.util.Map;
import org.liandong.model.Require;
import org.liandong.model.id.CampaignId;
import org.liandong.model.id.ReportId;

/** Persons a procuratorate prosecuted, and the cases when it counts those too. */
@ReportPath("prosecutions")
public record Prosecution(Integer cases, Integer persons) implements ReportDetails {

  @Override
  public void check() {
    if (cases != null) {
      Require.count(cases, "cases");
    }
    Require.count(persons, "persons");
  }

  @Override
  public PersonsProsecuted toEvent(
      CampaignId campaignId, ReportId reportId, ReportHeader header, boolean late) {
    return new PersonsProsecuted(campaignId, reportId, header, this, late);
  }

  @Override
  public Map<Figure, Long> figures() {
    Map<Figure, Long> figures = new EnumMap<>(Figure.class);
    figures.put(Figure.PERSONS_PROSECUTED, (long) persons);
    if (cases != null) {
      figures.put(Figure.PROSECUTION_CASES, (long) cases);
    }
    return figures;
  }
}
