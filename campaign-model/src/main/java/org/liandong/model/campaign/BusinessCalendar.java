package org.liandong.model.campaign;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

/** The calendar in which "today" is judged: due dates, and dates reported from the field. */
public final class BusinessCalendar {

  public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

  private BusinessCalendar() {}

  public static LocalDate today(Clock clock) {
    return LocalDate.ofInstant(clock.instant(), ZONE);
  }
}
