package org.liandong.model.campaign;

import java.util.Map;
import org.liandong.model.Require;
import org.liandong.model.code.CategoryCode;
import org.liandong.model.code.Money;
import org.liandong.model.code.Quantity;
import org.liandong.model.id.CampaignId;
import org.liandong.model.id.ReportId;

/**
 * Goods seized in one operation: one category, one quantity, and the estimated value when it is
 * known (often it is not, on the day), else {@code null}.
 */
@ReportPath("goods-seizures")
public record GoodsSeizure(CategoryCode category, Quantity quantity, Money estimatedValue)
    implements ReportDetails {

  @Override
  public void check() {
    Require.present(category, "category");
    Require.present(quantity, "quantity");
  }

  @Override
  public Map<Figure, Long> figures() {
    return Map.of(
        Figure.SEIZURES,
        1L,
        Figure.GOODS_VALUE_CNY,
        estimatedValue == null ? 0L : estimatedValue.fen());
  }

  @Override
  public GoodsSeized toEvent(
      CampaignId campaignId, ReportId reportId, ReportHeader header, boolean late) {
    return new GoodsSeized(campaignId, reportId, header, this, late);
  }
}
