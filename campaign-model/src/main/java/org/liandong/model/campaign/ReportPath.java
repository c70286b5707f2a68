package org.liandong.model.campaign;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Where the command API takes a kind of field report: {@code POST /campaigns/{campaignId}/<value>},
 * and its corrections at {@code PUT .../<value>/{reportId}}. Every kind of {@link ReportDetails}
 * carries one, so a new kind of report is reachable without a change to the API.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface ReportPath {

  /** A path segment in lower case with hyphens, such as {@code site-raids}. */
  String value();
}
