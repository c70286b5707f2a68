package org.liandong.query.printing;

import java.math.BigDecimal;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.liandong.model.campaign.Figure;
import org.liandong.query.figures.Breakdowns.RegionEntry;
import org.liandong.query.figures.TotalsView;
import org.liandong.query.releases.Adjustment;
import org.liandong.query.releases.ReleaseView;
import org.liandong.query.statistics.YearOnYear;

/**
 * A statistics release as print: its title and text in both languages, the national totals (with
 * the national figures reported for no region, and the change against the year before), the
 * regions' reports, a chart of the figures, and the adjustments later reports make.
 */
final class ReleasePdf {

  private static final DateTimeFormatter MOMENT =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.of("Asia/Shanghai"));

  private ReleasePdf() {}

  static byte[] of(ReleaseView release) {
    PdfWriter pdf = new PdfWriter();
    pdf.heading(release.title().zh(), 18);
    pdf.paragraph(release.title().en(), 12);
    pdf.paragraph("数据截至（记录时间，北京时间） As recorded by: " + MOMENT.format(release.cutOff()), 9);
    pdf.heading("发布内容 Text", 13);
    pdf.paragraph(release.text().zh(), 10);
    pdf.paragraph(release.text().en(), 10);
    pdf.heading("全国合计 National totals", 13);
    pdf.table(
        List.of("指标", "Figure", "合计 Total", "其中全国性 National", "同比 YoY %"),
        totals(release),
        new float[] {0.26f, 0.30f, 0.15f, 0.16f, 0.13f});
    pdf.heading("图：主要数据 Chart: the figures", 13);
    List<String> labels = new ArrayList<>();
    List<Long> values = new ArrayList<>();
    for (Figure figure : Figure.values()) {
      long count =
          figure.measure() == Figure.Measure.COUNT ? release.figures().totals().count(figure) : 0;
      if (count > 0) {
        labels.add(FigureNames.zh(figure));
        values.add(count);
      }
    }
    pdf.barChart(labels, values);
    pdf.heading("按地区 By region", 13);
    pdf.table(
        List.of("地区", "Region", "报告数 Reports"),
        regions(release.figures().byRegion()),
        new float[] {0.35f, 0.40f, 0.25f});
    pdf.heading("调整 Adjustments after the cut-off", 13);
    pdf.table(
        List.of("指标 Figure", "发布数 Released", "现数 Current", "差额 Difference", "报告 Reports"),
        adjustments(release.adjustments()),
        new float[] {0.30f, 0.16f, 0.16f, 0.16f, 0.22f});
    return pdf.finish();
  }

  private static List<List<String>> totals(ReleaseView release) {
    TotalsView totals = release.figures().totals();
    TotalsView national = release.figures().national();
    List<List<String>> rows = new ArrayList<>();
    for (Figure figure : Figure.values()) {
      if (totals.amount(figure).signum() != 0) {
        rows.add(
            List.of(
                FigureNames.zh(figure),
                FigureNames.en(figure),
                number(totals.amount(figure)),
                number(national.amount(figure)),
                change(release.figures().yearOnYear(), figure)));
      }
    }
    return rows;
  }

  private static String change(List<YearOnYear> changes, Figure figure) {
    return changes.stream()
        .filter(change -> change.figure().equals(figure.field()))
        .map(change -> change.changePercent().toPlainString())
        .findFirst()
        .orElse("—");
  }

  private static List<List<String>> regions(List<RegionEntry> regions) {
    return regions.stream()
        .map(
            entry ->
                List.of(
                    entry.region().nameZh(),
                    entry.region().nameEn(),
                    String.format("%,d", entry.totals().reports())))
        .toList();
  }

  private static List<List<String>> adjustments(List<Adjustment> adjustments) {
    return adjustments.stream()
        .map(
            adjustment ->
                List.of(
                    adjustment.figure(),
                    number(adjustment.released()),
                    number(adjustment.current()),
                    number(adjustment.difference()),
                    String.valueOf(adjustment.reports().size())))
        .toList();
  }

  /** A count with thousands separators, or yuan with two decimals. */
  static String number(BigDecimal value) {
    return value.scale() > 0
        ? String.format("%,.2f", value)
        : String.format("%,d", value.longValue());
  }
}
