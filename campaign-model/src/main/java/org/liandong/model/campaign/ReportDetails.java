package org.liandong.model.campaign;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.liandong.model.id.CampaignId;
import org.liandong.model.id.ReportId;

/**
 * What one kind of field report counts: its own fields, beside the {@link ReportHeader} every
 * report has. Each kind names the path the command API takes it at ({@link ReportPath}) and the
 * event that records it, so that a new kind of report is this record, its event and its {@link
 * Figure}s.
 */
public sealed interface ReportDetails
    permits GoodsSeizure, CaseFiling, SingleCount, PersonsAndCases, CourtConclusion {

  /**
   * Checks what a new report of this kind says (counts within bounds, what is required present).
   * Only new input is checked: a stored event is read as it was written (ADR 0002), so that a rule
   * made stricter later never makes history unreadable.
   *
   * @throws org.liandong.model.InvalidValueException naming the field
   */
  void check();

  /**
   * What it adds to each figure it counts for: whole things, or money in fen. A figure it does not
   * name it adds nothing to.
   */
  Map<Figure, Long> figures();

  /**
   * The event that records a report of this kind.
   *
   * @param late whether it arrives during the campaign's review, which the campaign decides
   */
  FieldReport toEvent(CampaignId campaignId, ReportId reportId, ReportHeader header, boolean late);

  /**
   * Every kind of report, in the order the catalogue declares them: the records of this sealed
   * family, with the kinds that share a shape ({@link SingleCount}) in place of their interface.
   */
  static List<Class<? extends ReportDetails>> kinds() {
    List<Class<? extends ReportDetails>> kinds = new ArrayList<>();
    collect(ReportDetails.class, kinds);
    return List.copyOf(kinds);
  }

  private static void collect(Class<?> type, List<Class<? extends ReportDetails>> kinds) {
    if (type.isRecord()) {
      kinds.add(type.asSubclass(ReportDetails.class));
      return;
    }
    for (Class<?> sub : type.getPermittedSubclasses()) {
      collect(sub, kinds);
    }
  }
}
