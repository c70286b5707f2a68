package org.liandong.query.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * A table as a CSV download: UTF-8 with a byte-order mark, so that spreadsheet programs open the
 * Chinese names right, written by Jackson's CSV module (quoting and escaping included).
 */
public final class CsvTable {

  private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
  private static final MediaType TEXT_CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);
  private static final CsvMapper CSV = new CsvMapper();

  private CsvTable() {}

  public static ResponseEntity<byte[]> of(
      String filename, List<String> columns, List<List<Object>> rows) {
    CsvSchema.Builder schema = CsvSchema.builder().setUseHeader(true);
    columns.forEach(schema::addColumn);
    try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      out.write(BOM);
      out.write(CSV.writer(schema.build()).writeValueAsBytes(rows));
      return ResponseEntity.ok()
          .contentType(TEXT_CSV)
          .header(
              HttpHeaders.CONTENT_DISPOSITION,
              ContentDisposition.attachment().filename(filename).build().toString())
          .body(out.toByteArray());
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write " + filename, e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
