package org.liandong.web.api;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import org.liandong.model.campaign.BusinessCalendar;
import org.springframework.stereotype.Component;

/**
 * Moments as the pages show them and the forms take them: in the platform's calendar (China's time,
 * {@link BusinessCalendar#ZONE}), where the sides' answers give instants in UTC. The pages use it
 * as {@code ${@moments.of(...)}}; times to the minute, cut-offs to the second.
 */
@Component("moments")
public final class Moments {

  private static final DateTimeFormatter MINUTE =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(BusinessCalendar.ZONE);
  private static final DateTimeFormatter SECOND =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(BusinessCalendar.ZONE);

  /** A moment to the minute; empty for none. */
  public String of(Instant moment) {
    return shown(moment);
  }

  /** A cut-off, to the second; empty for none. */
  public String cutOff(Instant moment) {
    return moment == null ? "" : SECOND.format(moment);
  }

  static String shown(Instant moment) {
    return moment == null ? "" : MINUTE.format(moment);
  }

  /** This minute, as a date-and-time field takes it: a cut-off that has passed once sent. */
  public static String thisMinute() {
    return LocalDateTime.now(BusinessCalendar.ZONE).truncatedTo(ChronoUnit.MINUTES).toString();
  }

  /**
   * A typed date and time ({@code 2020-12-31T23:59} as a browser sends it) as an instant, or the
   * text itself when it reads as none, so that the API refuses it naming the field.
   */
  public static Object instant(String typed) {
    try {
      return LocalDateTime.parse(typed).atZone(BusinessCalendar.ZONE).toInstant().toString();
    } catch (DateTimeParseException e) {
      return typed;
    }
  }
}
