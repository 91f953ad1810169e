package com.pilotstatus.embed.cdn.npm;

import com.pilotstatus.embed.browser.sdk.SdkVersion;
import com.pilotstatus.embed.cdn.Sri;
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
 *   <li>the main entry, {@code dist/loader.mjs} and {@code dist/loader.cjs}: {@code loadPilotStatus()}, which inserts
 *       this version's {@code embed.js} from the CDN with its Subresource Integrity value (computed here) and resolves
 *       with the API, as Stripe's loaders do; a few hundred bytes, nothing at import;</li>
 *   <li>{@code @pilot-status/embed/bundle}, the SDK itself for hosts that cannot load from the CDN:
 *       {@code dist/embed.js}, UMD — CommonJS {@code require}, AMD, or a plain {@code <script>} (sets
 *       {@code window.PilotStatus}) — and {@code dist/embed.mjs}, an ES module exporting {@code PilotStatus};</li>
 *   <li>{@code index.d.ts}, {@code bundle.d.ts}, {@code README.md}, and {@code package.json} with the SDK version.</li>
 * </ul>
 * The bundle wraps the compiled file unstamped: it keeps the production origins as defaults, and
 * {@code PilotStatus.init({chatBaseUrl, connectBaseUrl})} points it elsewhere. Those are also the bytes the production
 * CDN serves (it stamps the same origins), so their hash is the loader's default integrity. Importing either entry
 * where there is no {@code window} (server-side rendering) does nothing.
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
    write(target.resolve("dist/loader.mjs"), banner + loader(true));
    write(target.resolve("dist/loader.cjs"), banner + loader(false));
    Files.copy(source.resolve("bundle.d.ts"), target.resolve("bundle.d.ts"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    Files.copy(source.resolve("index.d.ts"), target.resolve("index.d.ts"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    Files.copy(source.resolve("README.md"), target.resolve("README.md"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    String manifest = Files.readString(source.resolve("package.json")).replace("${version}", SdkVersion.VERSION);
    write(target.resolve("package.json"), manifest);
  }

  /**
   * The loader's code, as an ES module ({@code esm}) or CommonJS, with this version and the integrity value of the SDK
   * as the production CDN serves it.
   */
  public static String loader(boolean esm) throws IOException {
    String code;
    try (InputStream in = NpmPackage.class.getClassLoader().getResourceAsStream("pilot-status/npm/loader.mjs")) {
      code = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    code = code.replace("${version}", SdkVersion.VERSION).replace("${integrity}",
        Sri.of(readSdk().getBytes(StandardCharsets.UTF_8)));
    return esm ? code : code.replace("export { loadPilotStatus };", "module.exports = { loadPilotStatus };");
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
