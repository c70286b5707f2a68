package org.liandong.model.campaign;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import org.liandong.model.code.DepartmentCode;
import org.liandong.model.code.RegionCode;
import org.liandong.model.id.ReportId;

/**
 * A result reported from the field by one department for one region: the {@link ReportHeader} every
 * report has and the {@link ReportDetails} of its kind, their fields side by side in the JSON.
 * Where a report is nested in another event (a correction), its kind is named by its simple class
 * name.
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
  @JsonSubTypes.Type(OfficersDispatched.class),
  @JsonSubTypes.Type(CasesReferred.class),
  @JsonSubTypes.Type(ArrestsApproved.class),
  @JsonSubTypes.Type(PersonsProsecuted.class),
  @JsonSubTypes.Type(CourtCasesConcluded.class)
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
        OfficersDispatched,
        CasesReferred,
        ArrestsApproved,
        PersonsProsecuted,
        CourtCasesConcluded {

  ReportId reportId();

  /** Who reports it, for which region, when it happened, who took part, notes. */
  ReportHeader header();

  /** What it counts, by its kind. */
  ReportDetails details();

  /**
   * Whether it arrived during the campaign's review, after the crackdown ended. Added in revision 2
   * of the report events; stored revision-1 events are read as not late.
   */
  boolean late();

  default DepartmentCode department() {
    return header().department();
  }

  default RegionCode region() {
    return header().region();
  }

  default LocalDate occurredOn() {
    return header().occurredOn();
  }

  default String reportedBy() {
    return header().reportedBy();
  }

  /**
   * The departments that took part beside the reporting one (a joint operation): each of them sees
   * the report, and totals across departments count it once. Added in revision 3 of the report
   * events of revision 2.
   */
  default Set<DepartmentCode> cooperatingDepartments() {
    return header().cooperatingDepartments();
  }

  default String notes() {
    return header().notes();
  }

  /**
   * What it adds to each figure it counts for: whole things, or money in fen. A figure it does not
   * name it adds nothing to.
   */
  default Map<Figure, Long> figures() {
    return details().figures();
  }
}
