package org.liandong.command.api;

import java.util.Map;
import org.liandong.model.campaign.FieldReportCommand;
import org.liandong.model.campaign.RecordCaseFiledCommand;
import org.liandong.model.campaign.RecordGangsDismantledCommand;
import org.liandong.model.campaign.RecordGoodsSeizedCommand;
import org.liandong.model.campaign.RecordShipmentsInterceptedCommand;
import org.liandong.model.campaign.RecordSiteRaidedCommand;
import org.liandong.model.campaign.RecordSuspectsArrestedCommand;
import org.liandong.model.campaign.RecordWebsitesClosedCommand;

/**
 * The path of each kind of field report under {@code /campaigns/{campaignId}/}; public for the
 * tests that derive requests from the API (the generated bad-input suite).
 */
public final class ReportKinds {

  /** The same paths as a request-mapping pattern; a test keeps the two in step. */
  public static final String PATH_PATTERN =
      "site-raids|goods-seizures|cases-filed|suspect-arrests|gang-dismantlings"
          + "|website-closures|shipment-interceptions";

  public static final Map<String, Class<? extends FieldReportCommand>> BY_PATH =
      Map.of(
          "site-raids", RecordSiteRaidedCommand.class,
          "goods-seizures", RecordGoodsSeizedCommand.class,
          "cases-filed", RecordCaseFiledCommand.class,
          "suspect-arrests", RecordSuspectsArrestedCommand.class,
          "gang-dismantlings", RecordGangsDismantledCommand.class,
          "website-closures", RecordWebsitesClosedCommand.class,
          "shipment-interceptions", RecordShipmentsInterceptedCommand.class);

  private ReportKinds() {}
}
