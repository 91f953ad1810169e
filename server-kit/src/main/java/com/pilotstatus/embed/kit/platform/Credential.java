package com.pilotstatus.embed.kit.platform;

import java.net.http.HttpRequest;

/** How a call proves who it is for. Never logged: {@link #toString()} names the kind only. */
public sealed interface Credential {

  void applyTo(HttpRequest.Builder request);

  /** Public endpoints (seed 003's token endpoints): the token is in the path. */
  Credential NONE = new None();

  /** A tenant's secret API key ({@code x-api-key}), backend to platform only. */
  static Credential apiKey(String key) {
    return new ApiKey(key);
  }

  /** A chat session's JWT ({@code Authorization: Bearer}). */
  static Credential bearer(String token) {
    return new Bearer(token);
  }

  record None() implements Credential {
    @Override
    public void applyTo(HttpRequest.Builder request) {
    }
  }

  record ApiKey(String key) implements Credential {
    @Override
    public void applyTo(HttpRequest.Builder request) {
      request.header("x-api-key", key);
    }

    @Override
    public String toString() {
      return "ApiKey[***]";
    }
  }

  record Bearer(String token) implements Credential {
    @Override
    public void applyTo(HttpRequest.Builder request) {
      request.header("Authorization", "Bearer " + token);
    }

    @Override
    public String toString() {
      return "Bearer[***]";
    }
  }
}
