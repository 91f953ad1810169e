package com.pilotstatus.embed.cdn.npm;

import com.pilotstatus.embed.browser.sdk.SdkVersion;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;

/**
 * Build step (run by the Maven build at {@code prepare-package}): assembles the npm package {@code @pilot-status/embed}
 * from the compiled SDK and the hand-written files in {@code src/npm}.
 *
 * <ul>
 *   <li>{@code dist/embed.js}: UMD — CommonJS {@code require}, AMD, or a plain {@code <script>} (sets
 *       {@code window.PilotStatus});</li>
 *   <li>{@code dist/embed.mjs}: an ES module exporting {@code PilotStatus} (default and named);</li>
 *   <li>{@code index.d.ts}, {@code README.md}, and {@code package.json} with the SDK version.</li>
 * </ul>
 * Both builds wrap the very same compiled file, unstamped: it keeps the production origins as defaults, and
 * {@code PilotStatus.init({chatBaseUrl, connectBaseUrl})} points it elsewhere. Importing it where there is no
 * {@code window} (server-side rendering) does nothing and exports {@code undefined}.
 */
public final class NpmPackage {

  private NpmPackage() {
  }

  /** {@code args[0]}: the src/npm directory; {@code args[1]}: the package directory to (re)create. */
  public static void main(String[] args) throws IOException {
    Path source = Paths.get(args[0]);
    Path target = Paths.get(args[1]);
    String sdk = readSdk();
    String banner = "/*! @pilot-status/embed v" + SdkVersion.VERSION + " */\n";
    Files.createDirectories(target.resolve("dist"));
    write(target.resolve("dist/embed.js"), banner
        + "(function (root, factory) {\n"
        + "  var api = factory();\n"
        + "  if (typeof module === 'object' && module.exports) { module.exports = api; }\n"
        + "  else if (typeof define === 'function' && define.amd) { define([], function () { return api; }); }\n"
        + "})(this, function () {\n" + sdk
        + "return typeof window !== 'undefined' ? window.PilotStatus : undefined;\n});\n");
    write(target.resolve("dist/embed.mjs"), banner + sdk
        + "const PilotStatus = typeof window !== 'undefined' ? window.PilotStatus : undefined;\n"
        + "export { PilotStatus };\nexport default PilotStatus;\n");
    Files.copy(source.resolve("index.d.ts"), target.resolve("index.d.ts"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    Files.copy(source.resolve("README.md"), target.resolve("README.md"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    String manifest = Files.readString(source.resolve("package.json")).replace("${version}", SdkVersion.VERSION);
    write(target.resolve("package.json"), manifest);
  }

  private static String readSdk() throws IOException {
    try (InputStream in = NpmPackage.class.getClassLoader().getResourceAsStream("pilot-status/js/embed.js")) {
      if (in == null) {
        throw new IllegalStateException("pilot-status/js/embed.js is not on the classpath: build shared-protocol first");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  private static void write(Path path, String content) throws IOException {
    Files.writeString(path, content, StandardCharsets.UTF_8);
  }
}
