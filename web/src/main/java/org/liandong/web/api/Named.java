package org.liandong.web.api;

import java.util.Locale;

/** A code the query side names in both languages (a department, region or goods category). */
public record Named(String code, String nameZh, String nameEn) {

  /** The name in the page's language; the code itself when the side had no name for it. */
  public String label(Locale locale) {
    String name = "en".equals(locale.getLanguage()) ? nameEn : nameZh;
    return name == null ? code : name;
  }
}
