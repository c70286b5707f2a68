package org.liandong.query.printing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.liandong.model.campaign.Figure;

@DisplayName("Printing: Chinese and English set in the shipped CJK font, read back from the PDF")
class PdfWriterTest {

  @Test
  @DisplayName("every figure has a Chinese and an English name to print")
  void everyFigureNamed() {
    assertThat(Arrays.stream(Figure.values()).filter(figure -> !FigureNames.named(figure)))
        .isEmpty();
    assertThat(FigureNames.zh(Figure.WEBSITES_CLOSED)).isEqualTo("关闭网站数");
  }

  @Test
  @DisplayName("headings, a wrapped paragraph, a table over pages and a chart read back as text")
  void readBack() throws Exception {
    PdfWriter pdf = new PdfWriter();
    pdf.heading("全国打击侵权假冒统计", 18);
    pdf.paragraph("剑网2020：关闭侵权盗版网站2884个。".repeat(20) + "\u0007", 10);
    List<List<String>> rows =
        java.util.stream.IntStream.range(0, 80)
            .mapToObj(i -> List.of("第" + i + "行", String.format("%,d", 62_000 + i)))
            .toList();
    pdf.table(List.of("指标", "数值"), rows, new float[] {0.5f, 0.5f});
    pdf.barChart(List.of("关闭网站数", "查扣进出口货物批次"), List.of(2_884L, 62_000L));
    byte[] bytes = pdf.finish();

    try (PDDocument document = Loader.loadPDF(bytes)) {
      String text = new PDFTextStripper().getText(document);
      assertThat(document.getNumberOfPages()).isGreaterThan(1);
      assertThat(text)
          .contains("全国打击侵权假冒统计")
          .contains("第79行")
          .contains("62,079")
          .contains("查扣进出口货物批次")
          .contains("62,000");
    }
  }
}
