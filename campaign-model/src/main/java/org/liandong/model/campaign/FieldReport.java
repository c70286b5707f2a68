package org.liandong.model.campaign;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;

/**
 * A result reported from the field by one department for one region. Where a report is nested in
 * another event (a correction), its kind is named by its simple class name.
 */
@JsonSubTypes({
  @JsonSubTypes.Type(SiteRaided.class),
  @JsonSubTypes.Type(GoodsSeized.class),
  @JsonSubTypes.Type(CaseFiled.class),
  @JsonSubTypes.Type(SuspectsArrested.class),
  @JsonSubTypes.Type(GangsDismantled.class),
  @JsonSubTypes.Type(WebsitesClosed.class),
  @JsonSubTypes.Type(ShipmentsIntercepted.class),
  @JsonSubTypes.Type(OnlineStoresClosed.class),
  @JsonSubTypes.Type(DensDismantled.class),
  @JsonSubTypes.Type(OfficersDispatched.class)
})
public sealed interface FieldReport extends CampaignEvent
    permits SiteRaided,
        GoodsSeized,
        CaseFiled,
        SuspectsArrested,
        GangsDismantled,
        WebsitesClosed,
        ShipmentsIntercepted,
        OnlineStoresClosed,
        DensDismantled,
        OfficersDispatched {

  ReportId reportId();

  DepartmentCode department();

  RegionCode region();

  LocalDate occurredOn();

  String reportedBy();

  /**
   * Whether it arrived during the campaign's review, after the crackdown ended. Added in revision 2
   * of the report events; stored revision-1 events are read as not late.
   */
  boolean late();

  /**
   * The departments that took part beside the reporting one (a joint operation): each of them sees
   * the report, and totals across departments count it once. Added in revision 3 of the report
   * events of revision 2.
   */
  Set<DepartmentCode> cooperatingDepartments();

  /**
   * What it adds to each figure it counts for: whole things, or money in fen. A figure it does not
   * name it adds nothing to.
   */
  Map<Figure, Long> figures();
}
