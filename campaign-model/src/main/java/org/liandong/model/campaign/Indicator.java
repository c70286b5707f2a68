package org.liandong.model.campaign;

/** A figure a campaign sets targets for and its reports add up to. */
public enum Indicator {
  CASES_FILED,
  SITES_RAIDED,
  SEIZURES,
  GOODS_VALUE_CNY,
  SUSPECTS_ARRESTED,
  GANGS_DISMANTLED,
  WEBSITES_CLOSED,
  SHIPMENTS_INTERCEPTED
}
