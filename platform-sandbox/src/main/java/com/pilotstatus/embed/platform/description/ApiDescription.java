package com.pilotstatus.embed.platform.description;

import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * What the sandbox says about itself: {@code GET /v1} (an index of every endpoint it serves, so the launcher's
 * "Platform sandbox API …/v1" link is not a 404) and {@code GET /v1/openapi.yaml} (docs/openapi.yaml, copied into
 * this jar at build time: the repository file is the one source of truth, and a conformance test keeps it true).
 */
public final class ApiDescription {

  /** Where the build puts docs/openapi.yaml (platform-sandbox/pom.xml, resources). */
  static final String RESOURCE = "/openapi/openapi.yaml";

  private final Supplier<List<String>> endpoints;
  private final byte[] openapi;

  /** @param endpoints "METHOD /path" of every route, as registered (read at request time: routes come last) */
  public ApiDescription(Supplier<List<String>> endpoints) {
    this.endpoints = endpoints;
    this.openapi = read(RESOURCE);
  }

  public void index(Context ctx) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("name", "Pilot Status platform sandbox");
    out.put("openapi", "/v1/openapi.yaml");
    out.put("endpoints", endpoints.get());
    ctx.json(out);
  }

  public void openapi(Context ctx) {
    ctx.contentType("application/yaml; charset=utf-8").header("Cache-Control", "public, max-age=300")
        .result(openapi);
  }

  private static byte[] read(String resource) {
    try (InputStream in = ApiDescription.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + resource + ": platform-sandbox's build copies"
            + " docs/openapi.yaml there");
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
