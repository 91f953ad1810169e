package com.pilotstatus.embed.browser.sdk;

/**
 * The version of the SDK API that {@code embed.js} implements. embed-cdn serves the file under
 * {@code /v{VERSION}/embed.js} and the npm package {@code @pilot-status/embed} carries the same number. Plain Java
 * with no browser types, so the JVM may read it.
 */
public final class SdkVersion {

  public static final String VERSION = "0.1.0";

  private SdkVersion() {
  }
}
