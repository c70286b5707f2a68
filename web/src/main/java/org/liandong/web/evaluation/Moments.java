package org.liandong.web.evaluation;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import org.liandong.model.campaign.BusinessCalendar;
import org.springframework.stereotype.Component;

/**
 * Moments as the pages show them ({@code ${@moments.of(...)}}): to the second, in the platform's
 * calendar (Beijing time), where the sides' answers give instants in UTC.
 */
@Component("moments")
class Moments {

  private static final DateTimeFormatter SHOWN =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(BusinessCalendar.ZONE);

  public String of(Instant moment) {
    return moment == null ? "" : SHOWN.format(moment);
  }
}
