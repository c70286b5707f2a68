package org.liandong.web.campaigns;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import org.liandong.web.api.CampaignSummary;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The dashboard's charts as JSON for the page's script: per chart its bars' labels, values and the
 * ledger each bar opens. The script only draws; what is drawn is decided here.
 */
record Charts(String byDepartment, String byRegion, String byCategory) {

  private static final ObjectMapper JSON = new ObjectMapper();

  /** One bar: its label, its value and where the reports behind the value are listed. */
  record Bar(String label, BigDecimal value, String link) {}

  /** One chart: the figure it draws, in bars. */
  record Chart(String figure, List<Bar> bars) {}

  static Charts of(CampaignSummary campaign, Locale locale) {
    String ledger = ledgerOf(campaign.campaignId());
    List<Bar> departments =
        campaign.byDepartment().stream()
            .map(
                d ->
                    new Bar(
                        d.department().label(locale),
                        d.total("reports"),
                        link(ledger, "department", d.department().code())))
            .toList();
    List<Bar> regions =
        campaign.byRegion().stream()
            .map(
                r ->
                    new Bar(
                        r.region().label(locale),
                        r.total("reports"),
                        link(ledger, "region", r.region().code())))
            .toList();
    List<Bar> categories =
        campaign.byCategory().stream()
            .map(
                c ->
                    new Bar(
                        c.category().label(locale),
                        c.seizures() == null ? BigDecimal.ZERO : c.seizures(),
                        link(ledger, "category", c.category().code())))
            .toList();
    return new Charts(
        json(new Chart("reports", departments)),
        json(new Chart("reports", regions)),
        json(new Chart("seizures", categories)));
  }

  static String ledgerOf(String campaignId) {
    return UriComponentsBuilder.fromPath("/campaigns/{id}/reports")
        .buildAndExpand(campaignId)
        .toUriString();
  }

  static String link(String ledger, String filter, String code) {
    return UriComponentsBuilder.fromPath(ledger).queryParam(filter, code).toUriString();
  }

  private static String json(Chart chart) {
    try {
      return JSON.writeValueAsString(chart);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}
