package com.pilotstatus.embed.chat.testing;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/** Real HTTP to chat-app as its runtime speaks it: bearer token, parent origin, locale headers. */
public final class ChatClient {

  private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
  private final String baseUrl;
  private String token;
  private String parent;
  private final Map<String, String> headers = new LinkedHashMap<>();

  public ChatClient(String baseUrl) {
    this.baseUrl = baseUrl;
  }

  public ChatClient as(String token, String parentOrigin) {
    this.token = token;
    this.parent = parentOrigin;
    return this;
  }

  public ChatClient header(String name, String value) {
    headers.put(name, value);
    return this;
  }

  public HttpResponse<String> get(String path) {
    return send(builder(path).GET());
  }

  public HttpResponse<String> post(String path, String jsonBody) {
    HttpRequest.Builder b = builder(path);
    if (jsonBody != null) {
      b.header("Content-Type", "application/json");
    }
    return send(b.POST(jsonBody == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(jsonBody)));
  }

  public HttpResponse<String> put(String path, String jsonBody) {
    return send(builder(path).header("Content-Type", "application/json")
        .PUT(HttpRequest.BodyPublishers.ofString(jsonBody)));
  }

  public HttpResponse<String> delete(String path) {
    return send(builder(path).DELETE());
  }

  public HttpRequest.Builder builder(String path) {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(baseUrl + path)).timeout(Duration.ofSeconds(10));
    if (token != null) {
      b.header("Authorization", "Bearer " + token);
    }
    if (parent != null) {
      b.header("X-PS-Parent-Origin", parent);
    }
    headers.forEach(b::header);
    return b;
  }

  public HttpClient http() {
    return http;
  }

  private HttpResponse<String> send(HttpRequest.Builder builder) {
    try {
      return http.send(builder.build(), HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
