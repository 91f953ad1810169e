package com.pilotstatus.embed.deploy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The settings a server really reads, found in its source: every {@code "PS_…"} string literal of its module, of
 * server-kit (when the reactor has it: every server installs the kit, which reads the shared settings such as
 * {@code PS_LOG_FORMAT}) and of shared-protocol's config package. String literals only — {@code env.getOrDefault("PS_X", …)}
 * and {@code env.port("PS_X", …)} alike — so a name that is merely mentioned in a comment does not count.
 */
final class ServerSources {

  private static final Pattern SETTING = Pattern.compile("\"(PS_[A-Z0-9_]+)\"");

  /** The reactor root: deploy's parent directory. */
  static final Path ROOT = Path.of("").toAbsolutePath().getParent();

  private ServerSources() {
  }

  /** Every {@code PS_…} name read by the server built by {@code module} (e.g. {@code chat-app}). */
  static Set<String> settingsReadBy(String module) {
    Set<String> names = new TreeSet<>();
    for (Path dir : List.of(ROOT.resolve(module).resolve("src/main/java"), ROOT.resolve("server-kit/src/main/java"),
        ROOT.resolve("shared-protocol/src/main/java/com/pilotstatus/embed/config"))) {
      if (!Files.isDirectory(dir)) {
        continue;
      }
      try (Stream<Path> files = Files.walk(dir)) {
        files.filter(f -> f.toString().endsWith(".java")).forEach(f -> {
          Matcher m = SETTING.matcher(read(f));
          while (m.find()) {
            names.add(m.group(1));
          }
        });
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return names;
  }

  /** Whether {@code module} has a source file for {@code className}. */
  static boolean hasClass(String module, String className) {
    return Files.isRegularFile(ROOT.resolve(module).resolve("src/main/java")
        .resolve(className.replace('.', '/') + ".java"));
  }

  static String read(Path file) {
    try {
      return Files.readString(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
