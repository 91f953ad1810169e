package com.pilotstatus.embed.connect.pairing;

import java.util.Map;

/**
 * One state of the page with the data it shows, built from the platform's answers (or sample data in the preview).
 *
 * @param qrSvg        the QR as SVG markup, rendered by {@link com.pilotstatus.embed.connect.qr.QrSvg} (no input text)
 * @param expiresInMs  how long the current QR ref lives, from the platform's {@code qrExpiresAt}
 * @param errorMessage the message shown and sent with {@code connect:error}
 * @param fieldErrors  Meta credentials form: field name → message key
 * @param formValues   Meta credentials form: the ids typed so far (never the access token)
 * @param key          identifies what is on screen, so a poll that changes nothing swaps nothing
 */
public record PairingView(
    PairingState state,
    String qrSvg,
    String pairingCode,
    long expiresInMs,
    int refIndex,
    int refCount,
    String numberId,
    String redirectUrl,
    String errorMessage,
    Map<String, String> fieldErrors,
    Map<String, String> formValues,
    String key) {

  public PairingView {
    fieldErrors = fieldErrors == null ? Map.of() : Map.copyOf(fieldErrors);
    formValues = formValues == null ? Map.of() : Map.copyOf(formValues);
  }

  public static PairingView of(PairingState state) {
    return new PairingView(state, null, null, 0, 0, 0, null, null, null, null, null, state.code());
  }

  public static PairingView qr(String svg, String pairingCode, long expiresInMs, int refIndex, int refCount,
      String payload) {
    return new PairingView(PairingState.QR, svg, pairingCode, Math.max(0, expiresInMs), refIndex, refCount, null,
        null, null, null, null, "qr:" + refIndex + ":" + Integer.toHexString(payload.hashCode()));
  }

  public static PairingView connected(String numberId, String redirectUrl) {
    return new PairingView(PairingState.CONNECTED, null, null, 0, 0, 0, numberId, redirectUrl, null, null, null,
        "connected:" + numberId);
  }

  public static PairingView error(String message) {
    return new PairingView(PairingState.ERROR, null, null, 0, 0, 0, null, null, message, null, null,
        "error:" + Integer.toHexString(message.hashCode()));
  }

  public static PairingView credentialsForm(Map<String, String> values, Map<String, String> errors) {
    return new PairingView(PairingState.META_CREDENTIALS, null, null, 0, 0, 0, null, null, null, errors, values,
        PairingState.META_CREDENTIALS.code());
  }

  /** Whole seconds left on the current QR, rounded up (what the countdown shows first). */
  public long secondsLeft() {
    return (expiresInMs + 999) / 1000;
  }

  public boolean is(PairingState other) {
    return state == other;
  }

  public boolean hasFieldError(String field) {
    return fieldErrors.containsKey(field);
  }

  public String fieldError(String field) {
    return fieldErrors.get(field);
  }

  public String formValue(String field) {
    return formValues.getOrDefault(field, "");
  }
}
