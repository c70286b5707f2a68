package org.liandong.web.publication;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import org.liandong.web.api.Moments;
import org.liandong.web.api.Release;

/**
 * The office's release form: to issue one (every field) or to amend its texts (titles, texts and
 * the reason). Blank fields are left out and the year is sent as a number when it reads as one, so
 * that the API, not the app, names what is wrong.
 */
public record ReleaseForm(
    String releaseId,
    String year,
    String campaign,
    String cutOff,
    String titleZh,
    String titleEn,
    String textZh,
    String textEn,
    String reason) {

  static ReleaseForm blank() {
    return new ReleaseForm(null, null, null, Moments.thisMinute(), null, null, null, null, null);
  }

  /** The form to amend a release, starting from its texts as they stand. */
  static ReleaseForm amending(Release release) {
    return new ReleaseForm(
        release.releaseId(),
        String.valueOf(release.year()),
        release.campaign(),
        null,
        release.title().zh(),
        release.title().en(),
        release.text().zh(),
        release.text().en(),
        null);
  }

  /** The body of {@code POST /releases}. */
  Map<String, Object> issue() {
    Map<String, Object> body = new LinkedHashMap<>();
    putIfGiven(body, "releaseId", releaseId);
    if (given(year)) {
      body.put("year", number(year.strip()));
    }
    putIfGiven(body, "campaign", campaign);
    if (given(cutOff)) {
      body.put("cutOff", Moments.instant(cutOff.strip()));
    }
    putTexts(body);
    return body;
  }

  /** The body of {@code PUT /releases/{id}/text}. */
  Map<String, Object> amendment() {
    Map<String, Object> body = new LinkedHashMap<>();
    putTexts(body);
    putIfGiven(body, "reason", reason);
    return body;
  }

  private void putTexts(Map<String, Object> body) {
    body.put("title", Texts.of(titleZh, titleEn));
    body.put("text", Texts.of(textZh, textEn));
  }

  private static void putIfGiven(Map<String, Object> body, String name, String value) {
    if (given(value)) {
      body.put(name, value.strip());
    }
  }

  private static boolean given(String value) {
    return value != null && !value.isBlank();
  }

  private static Object number(String text) {
    try {
      return new BigDecimal(text);
    } catch (NumberFormatException e) {
      return text;
    }
  }
}
