package com.pilotstatus.embed.connect.pairing;

/**
 * What the connect page shows. The code is the {@code data-state} attribute the runtime reads to decide what to post
 * to the parent and whether to keep polling.
 */
public enum PairingState {
  /** The page is starting a QR batch (the runtime posts to the batch URL at once). */
  LOADING("loading"),
  /** A QR ref and the batch's pairing code are on screen. */
  QR("qr"),
  /** Scanned: WhatsApp's "restart required" step, not a failure. */
  LINKING("linking"),
  /** The platform reports OPEN: {@code connect:paired}. */
  CONNECTED("connected"),
  /** The batch ended without a scan: "Generate a new code". */
  IDLE("idle"),
  /** Unknown, expired or used link: {@code connect:expired}. */
  EXPIRED("expired"),
  /** Anything else that stops the flow: {@code connect:error}. */
  ERROR("error"),
  /** Meta number, {@code metaFlow: "embedded"}: Embedded Signup button. */
  META_EMBEDDED("meta-embedded"),
  /** Meta number, {@code metaFlow: "credentials"}: the WABA credentials form. */
  META_CREDENTIALS("meta-credentials");

  private final String code;

  PairingState(String code) {
    this.code = code;
  }

  public String code() {
    return code;
  }

  /** The state of a {@code ?state=} preview parameter; {@code code} is the QR view with its code tab first. */
  public static PairingState fromCode(String code) {
    for (PairingState state : values()) {
      if (state.code.equals(code)) {
        return state;
      }
    }
    return null;
  }
}
