package org.liandong.model.publication;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.liandong.model.InvalidValueException;

/**
 * What a published text must not contain: a suspect's identity number or personal name. A text that
 * does is refused when it comes in, so that no event, and so nothing published from one, ever holds
 * it (an event is kept for ever). Chinese publications name a suspect by surname and 某 ("张某",
 * "李某某"); English ones "a suspect surnamed Zhang" or "Zhang Mou".
 *
 * <ul>
 *   <li>an 18-character resident identity number: seventeen digits and a digit or X, standing alone
 *       (not part of a longer number);
 *   <li>in Chinese, a suspect, defendant or accused (犯罪嫌疑人, 嫌疑人, 被告人, 被告) followed by a common
 *       surname and anything but 某;
 *   <li>in English, "suspect", "defendant" or "accused" followed by a capitalised name other than a
 *       surname and "Mou".
 * </ul>
 */
public final class PersonalData {

  private static final Pattern ID_NUMBER =
      Pattern.compile("(?<![0-9])[1-9][0-9]{5}(19|20)[0-9]{2}[0-9]{7}[0-9Xx](?![0-9A-Za-z])");

  /** A role word, optional punctuation, then two to four Han characters. */
  private static final Pattern CHINESE_NAME =
      Pattern.compile("(犯罪嫌疑人|嫌疑人|被告人|被告)[：:，,、\\s]*(\\p{IsHan}{2,4})");

  private static final Pattern ENGLISH_NAME =
      Pattern.compile(
          "\\b(?i:suspects?|defendants?|accused)\\b[,:]?\\s+([A-Z][a-z]+)(\\s+[A-Z][a-z]+)?");

  /**
   * The most common surnames: a role word followed by one of them, and not by 某, is taken for a
   * name. Words that merely follow a role word in a sentence (涉嫌, 利用, 通过) start otherwise.
   */
  private static final String SURNAMES =
      "王李张刘陈杨黄赵吴周徐孙马朱胡郭何林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈"
          + "姚卢姜崔钟谭陆汪范金石廖贾夏韦付方邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔汤";

  private PersonalData() {}

  /**
   * @param field the request field that holds the text
   * @throws InvalidValueException naming the field, and what was found, without repeating it
   */
  public static void refuse(String text, String field) {
    if (text == null) {
      return;
    }
    if (ID_NUMBER.matcher(text).find()) {
      throw new InvalidValueException(
          field, "holds a resident identity number; a published text names no one's");
    }
    Matcher chinese = CHINESE_NAME.matcher(text);
    while (chinese.find()) {
      if (isChineseName(chinese.group(2))) {
        throw new InvalidValueException(
            field, "names a suspect; write the surname and 某 (张某), never the full name");
      }
    }
    Matcher english = ENGLISH_NAME.matcher(text);
    while (english.find()) {
      String second = english.group(2) == null ? "" : english.group(2).strip();
      if (!second.equals("Mou")) {
        throw new InvalidValueException(
            field, "names a suspect; write \"a suspect surnamed Zhang\" or \"Zhang Mou\"");
      }
    }
  }

  /** Whether the characters after a role word are a surname and a given name, not 某. */
  private static boolean isChineseName(String following) {
    return SURNAMES.indexOf(following.charAt(0)) >= 0 && following.charAt(1) != '某';
  }
}
