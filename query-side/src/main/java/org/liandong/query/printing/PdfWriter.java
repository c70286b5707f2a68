package org.liandong.query.printing;

import java.awt.Color;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * Lays out a printable document on A4 pages: headings, wrapped paragraphs, tables and a bar chart,
 * in one CJK font that also sets Latin text. Lines are broken by width at any character, since
 * Chinese has no spaces; a character the font lacks is printed as a question mark rather than
 * failing the document.
 */
final class PdfWriter {

  private static final float MARGIN = 50;
  private static final float WIDTH = PDRectangle.A4.getWidth() - 2 * MARGIN;
  private static final float BODY = 9.5f;
  private static final byte[] FONT = fontBytes();

  private final PDDocument document = new PDDocument();
  private final PDType0Font font;
  private PDPageContentStream content;
  private float y;

  PdfWriter() {
    try {
      font = PDType0Font.load(document, new ByteArrayInputStream(FONT), true);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    newPage();
  }

  void heading(String text, float size) {
    space(size * 0.6f);
    paragraph(text, size);
  }

  /** Text wrapped to the page's width; an empty or null text takes no room. */
  void paragraph(String text, float size) {
    if (text == null || text.isBlank()) {
      return;
    }
    for (String line : text.split("\\R")) {
      for (String wrapped : wrap(printable(line), size, WIDTH)) {
        room(size * 1.5f);
        write(wrapped, MARGIN, y - size, size, Color.BLACK);
        y -= size * 1.5f;
      }
    }
  }

  /** A table: a header row, then rows; each column as wide as its share of the page. */
  void table(List<String> header, List<List<String>> rows, float[] shares) {
    float rowHeight = BODY * 1.8f;
    room(rowHeight * 2);
    row(header, shares, rowHeight, new Color(0xE8, 0xEE, 0xF4));
    for (List<String> cells : rows) {
      if (room(rowHeight)) {
        row(header, shares, rowHeight, new Color(0xE8, 0xEE, 0xF4));
      }
      row(cells, shares, rowHeight, null);
    }
    space(BODY);
  }

  /** Horizontal bars, one per label, scaled to the largest value. */
  void barChart(List<String> labels, List<Long> values) {
    long largest = values.stream().mapToLong(Long::longValue).max().orElse(0);
    float labelWidth = WIDTH * 0.35f;
    float bar = BODY * 1.6f;
    for (int i = 0; i < labels.size(); i++) {
      room(bar + 2);
      write(
          fit(printable(labels.get(i)), BODY, labelWidth - 6), MARGIN, y - BODY, BODY, Color.BLACK);
      float length = largest == 0 ? 0 : (WIDTH - labelWidth - 70) * values.get(i) / (float) largest;
      rectangle(
          MARGIN + labelWidth,
          y - bar + 2,
          Math.max(length, 1),
          bar - 4,
          new Color(0x3B, 0x6E, 0xA5));
      write(
          String.format("%,d", values.get(i)),
          MARGIN + labelWidth + length + 4,
          y - BODY,
          BODY,
          Color.BLACK);
      y -= bar + 2;
    }
    space(BODY);
  }

  void space(float height) {
    y -= height;
  }

  byte[] finish() {
    try (document) {
      content.close();
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      document.save(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void row(List<String> cells, float[] shares, float height, Color fill) {
    if (fill != null) {
      rectangle(MARGIN, y - height, WIDTH, height, fill);
    }
    float x = MARGIN;
    for (int i = 0; i < cells.size(); i++) {
      float width = WIDTH * shares[i];
      String cell = cells.get(i) == null ? "" : printable(cells.get(i));
      write(fit(cell, BODY, width - 6), x + 3, y - height + BODY * 0.6f, BODY, Color.BLACK);
      x += width;
    }
    y -= height;
  }

  /** Starts a new page when the next {@code height} does not fit; true if it did. */
  private boolean room(float height) {
    if (y - height >= MARGIN) {
      return false;
    }
    newPage();
    return true;
  }

  private void newPage() {
    try {
      if (content != null) {
        content.close();
      }
      PDPage page = new PDPage(PDRectangle.A4);
      document.addPage(page);
      content = new PDPageContentStream(document, page);
      y = PDRectangle.A4.getHeight() - MARGIN;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void write(String text, float x, float baseline, float size, Color color) {
    try {
      content.beginText();
      content.setNonStrokingColor(color);
      content.setFont(font, size);
      content.newLineAtOffset(x, baseline);
      content.showText(text);
      content.endText();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void rectangle(float x, float bottom, float width, float height, Color color) {
    try {
      content.setNonStrokingColor(color);
      content.addRect(x, bottom, width, height);
      content.fill();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private List<String> wrap(String text, float size, float width) {
    List<String> lines = new ArrayList<>();
    StringBuilder line = new StringBuilder();
    for (int i = 0; i < text.length(); i++) {
      line.append(text.charAt(i));
      if (width(line.toString(), size) > width) {
        line.setLength(line.length() - 1);
        lines.add(line.toString());
        line.setLength(0);
        line.append(text.charAt(i));
      }
    }
    lines.add(line.toString());
    return lines;
  }

  /** The text, cut with an ellipsis where it is wider than the room. */
  private String fit(String text, float size, float width) {
    if (width(text, size) <= width) {
      return text;
    }
    String cut = text;
    while (!cut.isEmpty() && width(cut + "…", size) > width) {
      cut = cut.substring(0, cut.length() - 1);
    }
    return cut + "…";
  }

  private float width(String text, float size) {
    try {
      return font.getStringWidth(text) / 1000 * size;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The text with each character the font cannot set replaced by a question mark. */
  private String printable(String text) {
    StringBuilder printable = new StringBuilder();
    text.codePoints()
        .forEach(
            point -> {
              String character = new String(Character.toChars(point));
              try {
                font.getStringWidth(character);
                printable.append(character);
              } catch (IOException | IllegalArgumentException e) {
                printable.append('?');
              }
            });
    return printable.toString();
  }

  private static byte[] fontBytes() {
    try (InputStream in = PdfWriter.class.getResourceAsStream("/fonts/NotoSansSC-Regular.ttf")) {
      if (in == null) {
        throw new IllegalStateException("the font fonts/NotoSansSC-Regular.ttf is not shipped");
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
