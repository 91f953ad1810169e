package com.pilotstatus.embed.kit.platform;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * One call to the platform, described before it is sent. The path is given as its route template
 * ({@code /v1/remote-pairing/{token}}) plus the values, which are URL-encoded into it: the template is what metrics
 * and logs show, so a token in the path never reaches either.
 */
public final class PlatformRequest {

  private static final Set<String> IDEMPOTENT = Set.of("GET", "HEAD", "PUT", "DELETE", "OPTIONS");

  private final String method;
  private final String route;
  private final String path;
  private final StringBuilder query = new StringBuilder();
  private final Map<String, String> headers = new LinkedHashMap<>();
  private Credential credential = Credential.NONE;
  private String jsonBody;
  private byte[] bytes;
  private String bytesType;

  private PlatformRequest(String method, String route, Object... values) {
    this.method = method;
    this.route = route;
    this.path = expand(route, values);
  }

  public static PlatformRequest get(String route, Object... values) {
    return new PlatformRequest("GET", route, values);
  }

  public static PlatformRequest post(String route, Object... values) {
    return new PlatformRequest("POST", route, values);
  }

  public static PlatformRequest put(String route, Object... values) {
    return new PlatformRequest("PUT", route, values);
  }

  public static PlatformRequest delete(String route, Object... values) {
    return new PlatformRequest("DELETE", route, values);
  }

  public PlatformRequest as(Credential value) {
    this.credential = value;
    return this;
  }

  /** A JSON body (already serialised). */
  public PlatformRequest json(String body) {
    this.jsonBody = body;
    return this;
  }

  /** A raw body of type {@code contentType} (a file upload). */
  public PlatformRequest bytes(String contentType, byte[] body) {
    this.bytesType = contentType;
    this.bytes = body;
    return this;
  }

  /** Adds {@code name=value} to the query, when {@code value} is not null or empty. */
  public PlatformRequest query(String name, Object value) {
    if (value != null && !value.toString().isEmpty()) {
      query.append(query.length() == 0 ? '?' : '&').append(encode(name)).append('=').append(encode(value.toString()));
    }
    return this;
  }

  /** Makes a POST safe to retry: the platform answers a repeated key with the first outcome. */
  public PlatformRequest idempotencyKey(String key) {
    return header("Idempotency-Key", key);
  }

  public PlatformRequest header(String name, String value) {
    if (value != null && !value.isBlank()) {
      headers.put(name, value);
    }
    return this;
  }

  public String method() {
    return method;
  }

  /** The route template, for metrics and logs. */
  public String route() {
    return route;
  }

  /** The path with its values and query, to send. */
  public String target() {
    return path + query;
  }

  public Credential credential() {
    return credential;
  }

  public String jsonBody() {
    return jsonBody;
  }

  /** The raw body, or {@code null}. */
  public byte[] bytes() {
    return bytes;
  }

  /** The raw body's type, or {@code null}. */
  public String bytesType() {
    return bytesType;
  }

  public Map<String, String> headers() {
    return headers;
  }

  /** Safe to send twice: an idempotent method, or a POST with an {@code Idempotency-Key}. */
  public boolean isRetryable() {
    return IDEMPOTENT.contains(method) || headers.containsKey("Idempotency-Key");
  }

  @Override
  public String toString() {
    return method + " " + route;
  }

  private static String expand(String route, Object... values) {
    StringBuilder out = new StringBuilder();
    int next = 0;
    int i = 0;
    while (i < route.length()) {
      int open = route.indexOf('{', i);
      if (open < 0) {
        out.append(route, i, route.length());
        break;
      }
      int close = route.indexOf('}', open);
      if (next >= values.length) {
        throw new IllegalArgumentException("no value for " + route.substring(open, close + 1) + " in " + route);
      }
      out.append(route, i, open).append(encode(String.valueOf(values[next++])));
      i = close + 1;
    }
    if (next != values.length) {
      throw new IllegalArgumentException(values.length + " values for the " + next + " parameters of " + route);
    }
    return out.toString();
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
  }
}
