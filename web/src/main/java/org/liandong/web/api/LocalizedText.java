package org.liandong.web.api;

import java.util.Locale;

/** A text the office publishes in Chinese ({@code zh}) and English ({@code en}). */
public record LocalizedText(String zh, String en) {

  /** The text in the page's language. */
  public String in(Locale locale) {
    return "en".equals(locale.getLanguage()) ? en : zh;
  }
}
