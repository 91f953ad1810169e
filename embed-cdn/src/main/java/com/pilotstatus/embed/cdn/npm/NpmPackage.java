package com.pilotstatus.embed.cdn.npm;

import com.pilotstatus.embed.browser.sdk.SdkVersion;
import com.pilotstatus.embed.cdn.Sri;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardCopyOption;
import java.util.List;

/**
 * Build step (run by the Maven build at {@code prepare-package}): assembles the npm package {@code @pilot-status/embed}
 * from the compiled SDK and the hand-written files in {@code src/npm}.
 *
 * <ul>
 *   <li>the main entry, {@code dist/loader.mjs} and {@code dist/loader.cjs}: {@code loadPilotStatus()}, which inserts
 *       this version's {@code embed.js} from the CDN with its Subresource Integrity value (computed here) and resolves
 *       with the API, as Stripe's loaders do; a few hundred bytes, nothing at import;</li>
 *   <li>{@code @pilot-status/embed/bundle}, the SDK itself (its core) for hosts that cannot load from the CDN:
 *       {@code dist/embed.js}, UMD — CommonJS {@code require}, AMD, or a plain {@code <script>} (sets
 *       {@code window.PilotStatus}) — and {@code dist/embed.mjs}, an ES module exporting {@code PilotStatus};</li>
 *   <li>{@code @pilot-status/embed/elements} ({@code dist/elements.mjs}: the custom elements
 *       {@code <pilot-status-chat>} and {@code <pilot-status-connect>}, over the loader) and
 *       {@code @pilot-status/embed/react} ({@code dist/react.mjs}: React components over those elements; React is an
 *       optional peer dependency);</li>
 *   <li>{@code index.d.ts}, {@code bundle.d.ts}, {@code elements.d.ts}, {@code react.d.ts}, {@code README.md}, and
 *       {@code package.json} with the SDK version.</li>
 * </ul>
 * The bundle wraps the SDK's core ({@code embed-core.js}), which installs {@code PilotStatus} itself when no
 * {@code embed.js} loader inserted it: one file, nothing fetched. It keeps the production origins as defaults, and
 * {@code PilotStatus.init({chatBaseUrl, connectBaseUrl})} points it elsewhere. The loader's default integrity is the
 * hash of {@code embed.js} unstamped, the bytes the production CDN serves (it stamps the same origins); that file pins
 * the core's own hash. Importing either entry
 * where there is no {@code window} (server-side rendering) does nothing.
 */
public final class NpmPackage {

  /** The framework components, ES modules in {@code src/npm} that import {@code ./loader.mjs}: copied into dist. */
  private static final List<String> COMPONENT_MODULES = List.of("elements.mjs", "react.mjs");
  /** Copied to the package's root unchanged. */
  private static final List<String> AS_IS = List.of("index.d.ts", "bundle.d.ts", "elements.d.ts", "react.d.ts",
      "README.md");

  private NpmPackage() {
  }

  /** {@code args[0]}: the src/npm directory; {@code args[1]}: the package directory to (re)create. */
  public static void main(String[] args) throws IOException {
    Path source = Paths.get(args[0]);
    Path target = Paths.get(args[1]);
    String sdk = read("embed-core.js");
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
    for (String module : COMPONENT_MODULES) {
      write(target.resolve("dist").resolve(module), banner + Files.readString(source.resolve(module)));
    }
    for (String file : AS_IS) {
      Files.copy(source.resolve(file), target.resolve(file), StandardCopyOption.REPLACE_EXISTING);
    }
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
        Sri.of(read("embed.js").getBytes(StandardCharsets.UTF_8)));
    return esm ? code : code.replace("export { loadPilotStatus };", "module.exports = { loadPilotStatus };");
  }

  /** A compiled SDK file from the browser module's jar: {@code embed.js} (the loader) or {@code embed-core.js}. */
  private static String read(String name) throws IOException {
    try (InputStream in = NpmPackage.class.getClassLoader().getResourceAsStream("pilot-status/js/" + name)) {
      if (in == null) {
        throw new IllegalStateException("pilot-status/js/" + name + " is not on the classpath: build browser first");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  private static void write(Path path, String content) throws IOException {
    Files.writeString(path, content, StandardCharsets.UTF_8);
  }
}
