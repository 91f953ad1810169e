package com.pilotstatus.embed.browser.sdk;

import org.teavm.jso.JSBody;

/**
 * What {@code PilotStatus.init(options)} configures: where the chat and connect surfaces live, and the default
 * handshake timeout.
 *
 * <p>The two production origins below are the defaults of the core loaded on its own (the npm package's bundle).
 * Loaded by the {@code embed.js} loader, the core gets the loader's origins as its first {@code init}: the loader holds
 * the stamp points that embed-cdn replaces with its deployment's origins, so the core's bytes (and the integrity value
 * the loader pins) are the same in every deployment.
 */
final class SdkSettings {

  /** The production chat origin. */
  static final String DEFAULT_CHAT_ORIGIN = "https://chat.pilotstatus.com.br";
  /** The production connect origin. */
  static final String DEFAULT_CONNECT_ORIGIN = "https://connect.pilotstatus.com.br";
  static final int DEFAULT_HANDSHAKE_TIMEOUT_MS = 10_000;

  // Set by useDefaults() when embed.js starts, not by initialisers: a static initialiser would make TeaVM check for
  // it at every use.
  static String chatOrigin;
  static String connectOrigin;
  static int handshakeTimeoutMs;

  private SdkSettings() {
  }

  /** The production origins and the 10 s handshake timeout; runs once, before any API call. */
  static void useDefaults() {
    chatOrigin = DEFAULT_CHAT_ORIGIN;
    connectOrigin = DEFAULT_CONNECT_ORIGIN;
    handshakeTimeoutMs = DEFAULT_HANDSHAKE_TIMEOUT_MS;
  }

  /**
   * The normalised origin of a base URL the host configured ({@code https://chat.example.com}, an optional trailing
   * {@code /}), or {@code null} when it is not an origin. Plain http is accepted: the host page configures this, not
   * an attacker, and sandboxes run on plain-http host names.
   *
   * <p>The browser's own URL parser does the normalising here (lowercase, default port dropped, exactly what
   * {@code event.origin} will say): the SDK leaves {@code OriginPolicy} out of its bundle to stay small, and origins
   * received from the network are compared by exact equality with the result.
   */
  @JSBody(params = "s", script = "try { if (typeof s !== 'string' || !/^https?:\\/\\/[^\\s*@]+$/i.test(s)) return null;"
      + " var ps_u = new URL(s); return (ps_u.pathname === '/' || ps_u.pathname === '') && !ps_u.search && !ps_u.hash"
      + " && s.indexOf('?') < 0 && s.indexOf('#') < 0 ? ps_u.origin : null; } catch (ps_e) { return null; }")
  static native String originOf(String baseUrl);
}
