package org.liandong.model.code;

/**
 * The kind of intellectual property right a case concerns, as the statistics of the office break
 * cases down.
 */
public enum RightType {
  TRADEMARK,
  PATENT,
  COPYRIGHT,
  TRADE_SECRET,
  GEOGRAPHICAL_INDICATION,
  PLANT_VARIETY,
  OTHER
}
