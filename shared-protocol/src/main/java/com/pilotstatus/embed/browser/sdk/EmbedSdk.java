package com.pilotstatus.embed.browser.sdk;

import org.teavm.jso.JSBody;

/**
 * Entry point of {@code embed.js} (first cut): defines {@code window.PilotStatus} once. The API itself is issue 6.
 */
public final class EmbedSdk {

  private EmbedSdk() {
  }

  @JSBody(script = "return typeof window !== 'undefined';")
  private static native boolean hasWindow();

  @JSBody(params = "version", script = "if (!window.PilotStatus) { window.PilotStatus = { version: version }; }")
  private static native void install(String version);

  public static void main(String[] args) {
    if (hasWindow()) {
      install("0.1.0");
    }
  }
}
