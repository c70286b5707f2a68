package org.liandong.model.campaign;

/** What a campaign cracks down on. */
public enum CampaignFocus {
  ONLINE_MARKET,
  PIRACY,
  AGRICULTURAL_MATERIALS,
  FOOD_AND_DRUGS,
  IMPORT_EXPORT,
  TRADE_SECRETS,
  RURAL_MARKETS,
  PROTECTIVE_EQUIPMENT
}
