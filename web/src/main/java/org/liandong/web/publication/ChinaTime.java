package org.liandong.web.publication;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import org.springframework.stereotype.Component;

/**
 * Moments as the office reads and types them, in China's time: the pages show cut-offs and issue
 * times so ({@code @chinaTime.of(...)}), and a cut-off typed in a form is read so.
 */
@Component("chinaTime")
public class ChinaTime {

  static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

  private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

  /** A moment as shown, to the minute; empty for none. */
  public String of(Instant moment) {
    return moment == null ? "" : SHOWN.format(moment.atZone(CHINA));
  }

  /** This minute, as a date-and-time field takes it: a cut-off that has passed once sent. */
  static String thisMinute() {
    return LocalDateTime.now(CHINA).truncatedTo(ChronoUnit.MINUTES).toString();
  }

  /**
   * A typed date and time ({@code 2020-12-31T24:00} as a browser sends it) as an instant, or the
   * text itself when it reads as none, so that the API refuses it naming the field.
   */
  static Object instant(String typed) {
    try {
      return LocalDateTime.parse(typed).atZone(CHINA).toInstant().toString();
    } catch (DateTimeParseException e) {
      return typed;
    }
  }
}
