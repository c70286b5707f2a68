package org.liandong.query.printing;

import java.util.List;
import org.liandong.query.typicalcases.TypicalCaseView;

/**
 * The published typical cases as print: each with its facts and its narrative in both languages.
 */
final class TypicalCasesPdf {

  private TypicalCasesPdf() {}

  static byte[] of(List<TypicalCaseView> cases) {
    PdfWriter pdf = new PdfWriter();
    pdf.heading("典型案例 Typical cases", 18);
    pdf.paragraph("共 " + cases.size() + " 例 / " + cases.size() + " cases", 10);
    for (TypicalCaseView view : cases) {
      pdf.heading(view.title().zh(), 13);
      pdf.paragraph(view.title().en(), 11);
      pdf.paragraph(
          "年度 Year: "
              + (view.year() == null ? "—" : view.year())
              + "　地区 Region: "
              + (view.region() == null
                  ? "全国 National"
                  : view.region().nameZh() + " " + view.region().nameEn())
              + "　权利类型 Right: "
              + view.right()
              + "　部门 Department: "
              + view.department().nameZh()
              + "　专项行动 Campaign: "
              + (view.campaignName() == null ? view.campaign() : view.campaignName()),
          9);
      pdf.paragraph(view.narrative().zh(), 10);
      pdf.paragraph(view.narrative().en(), 10);
    }
    return pdf.finish();
  }
}
