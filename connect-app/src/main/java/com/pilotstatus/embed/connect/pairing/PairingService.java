package com.pilotstatus.embed.connect.pairing;

import com.fasterxml.jackson.databind.JsonNode;
import com.pilotstatus.embed.branding.BrandingField;
import com.pilotstatus.embed.branding.BrandingRules;
import com.pilotstatus.embed.connect.platform.PairingToken;
import com.pilotstatus.embed.connect.platform.PlatformClient;
import com.pilotstatus.embed.kit.platform.PlatformReply;
import com.pilotstatus.embed.connect.qr.QrSvg;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeParseException;

/**
 * Turns the platform's answers about a pairing link into what the page shows. The platform's state is the truth:
 * "connected" is shown (and {@code connect:paired} posted) only when {@code /status} says {@code open}.
 *
 * <p>Nothing here consumes the token: viewing reads the link and its status; only a QR batch is started, and only
 * by the page's script (so a link preview, which runs no script, starts nothing).
 */
public final class PairingService {

  private final PlatformClient platform;
  private final QrSvg qr;
  private final BrandingRules rules;
  private final Clock clock;
  private final PairingOutcomes outcomes;

  public PairingService(PlatformClient platform, QrSvg qr, BrandingRules rules, Clock clock,
                        PairingOutcomes outcomes) {
    this.outcomes = outcomes;
    this.platform = platform;
    this.qr = qr;
    this.rules = rules;
    this.clock = clock;
  }

  /** The link, or {@code null} when the platform does not know it (unknown, expired or used: all 404). */
  public PairingLink link(PairingToken token, String clientIp) {
    PlatformReply reply = platform.link(token, clientIp);
    if (reply.isNotFound()) {
      return null;
    }
    if (!reply.isOk()) {
      throw new PairingFailure(reply);
    }
    return PairingLink.from(reply);
  }

  /**
   * What a QR link shows on first view. An idle link shows "loading": the page's script then starts the batch.
   */
  public PairingView firstView(PairingToken token, String clientIp) {
    PairingView view = currentView(token, clientIp);
    return view.is(PairingState.IDLE) ? PairingView.of(PairingState.LOADING) : view;
  }

  /** What the link shows now, from {@code /status}. */
  public PairingView currentView(PairingToken token, String clientIp) {
    PlatformReply reply = platform.status(token, clientIp);
    if (reply.isNotFound()) {
      return outcomes.count(PairingView.of(PairingState.EXPIRED));
    }
    if (!reply.isOk()) {
      outcomes.refused();
      throw new PairingFailure(reply);
    }
    return outcomes.count(fromStatus(reply.json()));
  }

  /** Starts a QR batch ("Generate a new code", or the first view), and shows its current ref. */
  public PairingView startBatch(PairingToken token, String clientIp) {
    PlatformReply reply = platform.connect(token, clientIp);
    if (reply.isNotFound()) {
      return PairingView.of(PairingState.EXPIRED);
    }
    if (reply.status() == 409) {
      return currentView(token, clientIp); // already OPEN (or linking): the status says which
    }
    if (!reply.isOk()) {
      outcomes.refused();
      throw new PairingFailure(reply);
    }
    outcomes.batchStarted();
    return qrView(reply.json());
  }

  PairingView fromStatus(JsonNode status) {
    String phase = status.path("phase").asText("");
    switch (phase) {
      case "open":
        return PairingView.connected(text(status, "numberId"), redirectUrl(status));
      case "linking":
        return PairingView.of(PairingState.LINKING);
      case "qr":
        return text(status, "qrcode") == null ? PairingView.of(PairingState.LOADING) : qrView(status);
      case "idle":
        return PairingView.of(PairingState.IDLE);
      default:
        // An older platform without `phase`: the documented { state, isFullyConnected } still decides OPEN.
        if (status.path("isFullyConnected").asBoolean(false) || "OPEN".equals(text(status, "state"))) {
          return PairingView.connected(text(status, "numberId"), redirectUrl(status));
        }
        return PairingView.of(PairingState.IDLE);
    }
  }

  private PairingView qrView(JsonNode json) {
    String payload = text(json, "qrcode");
    if (payload == null) {
      throw new IllegalStateException("the platform sent a QR ref without its qrcode payload");
    }
    return PairingView.qr(qr.svg(payload), text(json, "pairingCode"), millisUntil(text(json, "qrExpiresAt")),
        json.path("refIndex").asInt(1), json.path("refCount").asInt(1), payload);
  }

  private long millisUntil(String instant) {
    if (instant == null) {
      return 0;
    }
    try {
      return Instant.parse(instant).toEpochMilli() - clock.millis();
    } catch (DateTimeParseException e) {
      return 0;
    }
  }

  /** A redirect the platform asks for, honoured only if it is a URL the page may navigate to (https). */
  private String redirectUrl(JsonNode json) {
    return rules.normalize(BrandingField.LOGO_URL, text(json, "redirectUrl"));
  }

  private static String text(JsonNode json, String field) {
    JsonNode node = json.path(field);
    return node.isTextual() && !node.asText().isEmpty() ? node.asText() : null;
  }

  /** The platform refused a call for a reason other than "unknown link" (rate limit, bad request). */
  public static final class PairingFailure extends RuntimeException {
    private final transient PlatformReply reply;

    public PairingFailure(PlatformReply reply) {
      super("platform answered " + reply.status());
      this.reply = reply;
    }

    public PlatformReply reply() {
      return reply;
    }
  }
}
