package org.liandong.query.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.bson.types.Decimal128;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("Cells of a download")
class TableDownloadsTest {

  @ParameterizedTest(name = "text starting with {0} is quoted")
  @ValueSource(strings = {"=1+1", "+86 10 1234", "-2", "@SUM(A1)", "\tx", "\rx"})
  void formulaPrefixes(String text) {
    assertThat(TableDownloads.cellOf(text)).isEqualTo("'" + text);
  }

  @Test
  @DisplayName("other text, a formula sign inside it included, is left as it is")
  void plainText() {
    assertThat(TableDownloads.cellOf("zj.post.inspector")).isEqualTo("zj.post.inspector");
    assertThat(TableDownloads.cellOf("a=b")).isEqualTo("a=b");
    assertThat(TableDownloads.cellOf("")).isEqualTo("");
  }

  @Test
  @DisplayName("numbers stay numbers, a negative adjustment included")
  void numbers() {
    assertThat(TableDownloads.cellOf(-5L)).isEqualTo(-5L);
    assertThat(TableDownloads.cellOf(new BigDecimal("-12.50"))).isEqualTo(new BigDecimal("-12.50"));
    assertThat(TableDownloads.cellOf(new Decimal128(new BigDecimal("-3.25"))))
        .isEqualTo(new BigDecimal("-3.25"));
  }
}
