package org.liandong.web.publication;

import java.util.LinkedHashMap;
import java.util.Map;

/** A text in both languages as the command API takes it, {@code {"zh": ..., "en": ...}}. */
final class Texts {

  private Texts() {}

  /** Blank ones are left out, so that the API names the missing one ({@code title.en}). */
  static Map<String, String> of(String zh, String en) {
    Map<String, String> texts = new LinkedHashMap<>();
    if (zh != null && !zh.isBlank()) {
      texts.put("zh", zh.strip());
    }
    if (en != null && !en.isBlank()) {
      texts.put("en", en.strip());
    }
    return texts;
  }
}
