package org.liandong.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.javaparser.JavaParser;
import com.github.javaparser.ParserConfiguration;
import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.CallableDeclaration;
import com.github.javaparser.ast.body.CompactConstructorDeclaration;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The house's limits on production code, over every module's {@code src/main/java}: no file over
 * 300 lines, no method or constructor over 60, annotations included (ADR 0029).
 */
@DisplayName("No production class over 300 lines, no method over 60")
class CodeSizeTest {

  private static final int FILE_LINES = 300;
  private static final int METHOD_LINES = 60;

  private final JavaParser parser =
      new JavaParser(
          new ParserConfiguration().setLanguageLevel(ParserConfiguration.LanguageLevel.JAVA_17));

  @Test
  @DisplayName("every production source file and each of its methods is within the limits")
  void withinLimits() throws IOException {
    Path repository = Path.of("").toAbsolutePath().getParent();
    List<Path> sources = sources(repository);
    assertThat(sources).as("production sources found").hasSizeGreaterThan(300);
    List<String> over = new ArrayList<>();
    for (Path source : sources) {
      String name = repository.relativize(source).toString();
      int lines = Files.readAllLines(source).size();
      if (lines > FILE_LINES) {
        over.add(name + ": " + lines + " lines");
      }
      CompilationUnit unit =
          parser.parse(source).getResult().orElseThrow(() -> new AssertionError(name));
      Stream.concat(
              unit.findAll(CallableDeclaration.class).stream(),
              unit.findAll(CompactConstructorDeclaration.class).stream())
          .filter(method -> length(method) > METHOD_LINES)
          .forEach(
              method -> over.add(name + ":" + line(method) + ": " + length(method) + " lines"));
    }
    assertThat(over).isEmpty();
  }

  private static List<Path> sources(Path repository) throws IOException {
    List<Path> sources = new ArrayList<>();
    try (Stream<Path> modules = Files.list(repository)) {
      for (Path main : modules.map(module -> module.resolve("src/main/java")).toList()) {
        if (Files.isDirectory(main)) {
          try (Stream<Path> files = Files.walk(main)) {
            files.filter(file -> file.toString().endsWith(".java")).forEach(sources::add);
          }
        }
      }
    }
    return sources;
  }

  private static int line(Node node) {
    return node.getBegin().orElseThrow().line;
  }

  private static int length(Node node) {
    return node.getEnd().orElseThrow().line - line(node) + 1;
  }
}
