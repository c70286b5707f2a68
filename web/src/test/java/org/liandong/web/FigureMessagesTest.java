package org.liandong.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Properties;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.liandong.model.campaign.Figure;
import org.liandong.model.code.RightType;

/** Names the pages build from the contract's codes (figure.*, right.*) exist in the bundles. */
@DisplayName("The bundles name every figure and right of the contract")
class FigureMessagesTest {

  @Test
  @DisplayName("every figure and every right has a name in Chinese")
  void named() throws IOException {
    Properties chinese = new Properties();
    try (InputStream in = getClass().getResourceAsStream("/messages.properties")) {
      chinese.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
    Arrays.stream(Figure.values())
        .forEach(figure -> assertThat(chinese).containsKey("figure." + figure.field()));
    Arrays.stream(RightType.values())
        .forEach(right -> assertThat(chinese).containsKey("right." + right.name()));
  }
}
