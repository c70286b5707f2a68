package org.liandong.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The message bundles")
class MessageBundlesTest {

  /** A literal key in a template: #{key} or #{key(...)}, not one built from a value. */
  private static final Pattern LITERAL_KEY = Pattern.compile("#\\{([a-zA-Z][\\w.-]*)[}(]");

  /** The keys of a table's column heads: table :: head(${ {'key', ...} }). */
  private static final Pattern HEAD_KEYS =
      Pattern.compile("table :: head\\(\\$\\{ \\{([^}]*)} }\\)");

  private static final Pattern QUOTED_KEY = Pattern.compile("'([a-zA-Z][\\w.-]*)'");

  @Test
  @DisplayName("Chinese (the default) and English have the same keys")
  void sameKeys() throws IOException {
    Set<String> chinese = keys("messages.properties");
    Set<String> english = keys("messages_en.properties");
    assertThat(chinese).isNotEmpty();
    assertThat(english).containsExactlyInAnyOrderElementsOf(chinese);
  }

  @Test
  @DisplayName("the default bundle is Chinese")
  void defaultIsChinese() throws IOException {
    assertThat(bundle("messages.properties").getProperty("nav.campaigns")).isEqualTo("专项行动");
  }

  @Test
  @DisplayName("every key a template names is in the bundles")
  void templatesNameKnownKeys() throws IOException {
    Set<String> known = keys("messages.properties");
    Set<String> named = new TreeSet<>();
    try (Stream<Path> templates = Files.walk(Path.of("src/main/resources/templates"))) {
      for (Path template : templates.filter(p -> p.toString().endsWith(".html")).toList()) {
        String text = Files.readString(template);
        Matcher keys = LITERAL_KEY.matcher(text);
        while (keys.find()) {
          named.add(keys.group(1));
        }
        Matcher heads = HEAD_KEYS.matcher(text);
        while (heads.find()) {
          Matcher headKeys = QUOTED_KEY.matcher(heads.group(1));
          while (headKeys.find()) {
            named.add(headKeys.group(1));
          }
        }
      }
    }
    assertThat(named).isNotEmpty();
    assertThat(known).containsAll(named);
  }

  private static Set<String> keys(String name) throws IOException {
    return new TreeSet<>(bundle(name).stringPropertyNames());
  }

  private static Properties bundle(String name) throws IOException {
    Properties properties = new Properties();
    try (InputStream in = MessageBundlesTest.class.getResourceAsStream("/" + name)) {
      assertThat(in).as(name).isNotNull();
      properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
    return properties;
  }
}
