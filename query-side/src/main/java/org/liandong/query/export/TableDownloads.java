package org.liandong.query.export;

import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.bson.types.Decimal128;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.liandong.query.web.InvalidParameterException;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpInputMessage;
import org.springframework.http.HttpOutputMessage;
import org.springframework.http.MediaType;
import org.springframework.http.converter.AbstractHttpMessageConverter;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Writes {@link Tabular} views as spreadsheets, chosen by {@code ?format=csv} or {@code
 * ?format=xlsx} (or the Accept header): CSV in UTF-8 with a byte-order mark, so that spreadsheet
 * programs show Chinese names, quoted by Jackson's CSV module; XLSX by fastexcel, a sheet per
 * table. Every cell of either goes through {@link #cellOf}.
 */
@Configuration(proxyBeanMethods = false)
class TableDownloads implements WebMvcConfigurer {

  static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);
  static final MediaType XLSX =
      MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
  private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
  private static final String FORMULA_STARTS = "=+-@\t\r";

  /** After JSON, so that a client that accepts anything gets JSON. */
  @Override
  public void extendMessageConverters(List<HttpMessageConverter<?>> converters) {
    converters.add(csvTables());
    converters.add(xlsxTables());
  }

  private static AbstractHttpMessageConverter<Tabular> csvTables() {
    return new TableConverter(CSV, "csv") {
      @Override
      List<Table> tables(Tabular view) {
        return List.of(chosen(view));
      }

      @Override
      void write(List<Table> tables, OutputStream out) throws IOException {
        Table table = tables.get(0);
        CsvSchema.Builder schema = CsvSchema.builder().setUseHeader(true);
        table.columns().forEach(schema::addColumn);
        out.write(BOM);
        List<List<Object>> rows =
            table.rows().stream()
                .map(row -> row.stream().map(TableDownloads::csvCell).toList())
                .toList();
        new CsvMapper().writer(schema.build()).writeValue(out, rows);
      }
    };
  }

  private static AbstractHttpMessageConverter<Tabular> xlsxTables() {
    return new TableConverter(XLSX, "xlsx") {
      @Override
      List<Table> tables(Tabular view) {
        return view.tables();
      }

      @Override
      void write(List<Table> tables, OutputStream out) throws IOException {
        Workbook workbook = new Workbook(out, "Liandong", "1.0");
        for (Table table : tables) {
          Worksheet sheet = workbook.newWorksheet(table.name());
          for (int column = 0; column < table.columns().size(); column++) {
            sheet.value(0, column, table.columns().get(column));
            sheet.style(0, column).bold().set();
          }
          for (int row = 0; row < table.rows().size(); row++) {
            List<Object> cells = table.rows().get(row);
            for (int column = 0; column < cells.size(); column++) {
              xlsxCell(sheet, row + 1, column, cells.get(column));
            }
          }
        }
        workbook.finish();
      }
    };
  }

  /** The table named by the {@code table} parameter, or the first. */
  static Table chosen(Tabular view) {
    RequestAttributes request = RequestContextHolder.getRequestAttributes();
    String name =
        request instanceof ServletRequestAttributes servlet
            ? servlet.getRequest().getParameter("table")
            : null;
    if (name == null) {
      return view.tables().get(0);
    }
    return view.tables().stream()
        .filter(table -> table.name().equals(name))
        .findFirst()
        .orElseThrow(
            () ->
                new InvalidParameterException(
                    "table",
                    "'"
                        + name
                        + "' is no table of this view; it has "
                        + view.tables().stream().map(Table::name).toList()));
  }

  /** Decimals written out in full, as a spreadsheet would not show an exponent. */
  private static Object csvCell(Object value) {
    Object cell = cellOf(value);
    return cell instanceof BigDecimal decimal ? decimal.toPlainString() : cell;
  }

  private static void xlsxCell(Worksheet sheet, int row, int column, Object value) {
    Object cell = cellOf(value);
    if (cell instanceof Number number) {
      sheet.value(row, column, number);
    } else if (cell instanceof Boolean bool) {
      sheet.value(row, column, bool);
    } else if (cell != null) {
      sheet.value(row, column, cell.toString());
    }
  }

  /**
   * A cell as either format writes it. Text a spreadsheet program would take for a formula ({@code
   * =HYPERLINK(...)} typed as a reporter's name) gets a leading quote, OWASP's rule against CSV
   * injection. Numbers stay numbers, a negative one included: only text is ever quoted. Decimals
   * read from MongoDB become plain decimals.
   */
  static Object cellOf(Object value) {
    if (value instanceof Decimal128 decimal) {
      return decimal.bigDecimalValue();
    }
    if (value instanceof CharSequence text
        && !text.isEmpty()
        && FORMULA_STARTS.indexOf(text.charAt(0)) >= 0) {
      return "'" + text;
    }
    return value;
  }

  private abstract static class TableConverter extends AbstractHttpMessageConverter<Tabular> {

    private final String extension;

    TableConverter(MediaType mediaType, String extension) {
      super(mediaType);
      this.extension = extension;
    }

    @Override
    protected boolean supports(Class<?> type) {
      return Tabular.class.isAssignableFrom(type);
    }

    @Override
    protected boolean canRead(MediaType mediaType) {
      return false;
    }

    @Override
    protected Tabular readInternal(Class<? extends Tabular> type, HttpInputMessage input) {
      throw new HttpMessageNotReadableException("tables are only written", input);
    }

    @Override
    protected void writeInternal(Tabular view, HttpOutputMessage output) throws IOException {
      List<Table> tables = tables(view);
      output
          .getHeaders()
          .set(
              HttpHeaders.CONTENT_DISPOSITION,
              ContentDisposition.attachment()
                  .filename(view.fileName() + "." + extension)
                  .build()
                  .toString());
      write(tables, output.getBody());
    }

    /** The tables to write, chosen before anything is: a wrong choice is still a clean 400. */
    abstract List<Table> tables(Tabular view);

    abstract void write(List<Table> tables, OutputStream out) throws IOException;
  }
}
