package org.liandong.web.api;

import java.util.Locale;
import java.util.UUID;

/**
 * The id a form gives what it creates, chosen when the form is shown, so that the form sent twice
 * (a double click, a retry) creates one: a prefix naming the kind ({@code T-} a task) and the start
 * of a random UUID in capitals.
 */
public final class NewIds {

  private NewIds() {}

  /**
   * {@code prefix} and the first {@code length} characters of a random UUID ({@code T-1A2B3C4D}).
   */
  public static String of(String prefix, int length) {
    return prefix + UUID.randomUUID().toString().substring(0, length).toUpperCase(Locale.ROOT);
  }
}
