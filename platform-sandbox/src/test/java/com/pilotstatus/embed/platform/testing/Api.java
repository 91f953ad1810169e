package com.pilotstatus.embed.platform.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * A real HTTP client for the sandbox under test. Headers are given as name/value pairs:
 * {@code api.post("/v1/numbers", json, "x-api-key", key)}.
 */
public final class Api {

  public static final ObjectMapper JSON = new ObjectMapper();

  private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  private final String base;

  public Api(String base) {
    this.base = base;
  }

  public String base() {
    return base;
  }

  public Reply get(String path, String... headers) {
    return send(request(path, headers).GET());
  }

  public Reply delete(String path, String... headers) {
    return send(request(path, headers).DELETE());
  }

  public Reply post(String path, String body, String... headers) {
    return send(request(path, headers).header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(body)));
  }

  /** A raw body of type {@code contentType} (a media upload). */
  public Reply post(String path, byte[] body, String contentType, String... headers) {
    return send(request(path, headers).header("Content-Type", contentType)
        .POST(HttpRequest.BodyPublishers.ofByteArray(body)));
  }

  /** A GET whose answer is bytes (a media file). */
  public HttpResponse<byte[]> download(String path, String... headers) {
    try {
      return http.send(request(path, headers).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
    } catch (IOException e) {
      throw new IllegalStateException("request failed: " + e.getMessage(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  public Reply put(String path, String body, String... headers) {
    return send(request(path, headers).header("Content-Type", "application/json")
        .PUT(HttpRequest.BodyPublishers.ofString(body)));
  }

  private HttpRequest.Builder request(String path, String... headers) {
    HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(10));
    for (int i = 0; i + 1 < headers.length; i += 2) {
      builder.header(headers[i], headers[i + 1]);
    }
    return builder;
  }

  private Reply send(HttpRequest.Builder builder) {
    try {
      HttpResponse<String> response = http.send(builder.build(), HttpResponse.BodyHandlers.ofString());
      JsonNode json;
      try {
        json = response.body().isEmpty() ? MissingNode.getInstance() : JSON.readTree(response.body());
      } catch (IOException e) {
        json = MissingNode.getInstance();
      }
      return new Reply(response.statusCode(), response.headers(), response.body(), json);
    } catch (IOException e) {
      throw new IllegalStateException("request failed: " + e.getMessage(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** Builds a JSON body from name/value pairs; values may be strings, numbers, booleans, lists or maps. */
  public static String json(Object... pairs) {
    java.util.Map<String, Object> map = new java.util.LinkedHashMap<>();
    for (int i = 0; i + 1 < pairs.length; i += 2) {
      map.put((String) pairs[i], pairs[i + 1]);
    }
    try {
      return JSON.writeValueAsString(map);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  public static List<String> texts(JsonNode array, String field) {
    List<String> out = new ArrayList<>();
    array.forEach(item -> out.add(item.at(field).asText()));
    return out;
  }
}
