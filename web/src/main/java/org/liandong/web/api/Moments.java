package org.liandong.web.api;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** Moments as the pages show them: to the minute, in China's time, where the users work. */
final class Moments {

  private static final DateTimeFormatter SHOWN =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.of("Asia/Shanghai"));

  private Moments() {}

  /** The moment to the minute; empty for none. */
  static String shown(Instant moment) {
    return moment == null ? "" : SHOWN.format(moment);
  }
}
