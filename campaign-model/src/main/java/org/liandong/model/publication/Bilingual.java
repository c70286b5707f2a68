package org.liandong.model.publication;

import org.liandong.model.Require;

/** A text the office publishes in Chinese ({@code zh}) and English ({@code en}), both required. */
public record Bilingual(String zh, String en) {

  /**
   * Both texts, checked as bounded text; only new input is checked, so that a limit made stricter
   * later never makes history unreadable.
   *
   * @param field the request field that holds it
   */
  public Bilingual checked(String field, int maxLength) {
    return new Bilingual(
        Require.text(zh, field + ".zh", maxLength), Require.text(en, field + ".en", maxLength));
  }
}
