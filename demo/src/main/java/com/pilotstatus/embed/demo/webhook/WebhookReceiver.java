package com.pilotstatus.embed.demo.webhook;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;
import java.io.IOException;
import java.time.Clock;

/** {@code POST /webhooks/pilot-status}: checks the signature, records the event, answers 2xx only when it is genuine. */
public final class WebhookReceiver {

  private final WebhookSignature signature;
  private final WebhookLog log;
  private final ObjectMapper json;
  private final Clock clock;

  public WebhookReceiver(WebhookSignature signature, WebhookLog log, ObjectMapper json, Clock clock) {
    this.signature = signature;
    this.log = log;
    this.json = json;
    this.clock = clock;
  }

  public void receive(Context ctx) {
    String body = ctx.body();
    boolean valid = signature.isValid(ctx.header("X-PilotStatus-Timestamp"), ctx.header("X-PilotStatus-Signature"),
        body);
    JsonNode event = parse(body);
    String eventId = event.path("id").asText(ctx.header("X-PilotStatus-Event-Id"));
    log.record(new WebhookLog.Entry(eventId == null ? "" : eventId, event.path("type").asText("unknown"),
        clock.instant().toString(), valid, body.length() > 4000 ? body.substring(0, 4000) : body));
    // A forged delivery is refused; a genuine duplicate (retry) is acknowledged so the platform stops retrying.
    ctx.status(valid ? 204 : 401);
  }

  public void list(Context ctx) {
    ctx.header("Cache-Control", "no-store").json(log.entries());
  }

  private JsonNode parse(String body) {
    try {
      return json.readTree(body);
    } catch (IOException e) {
      return json.createObjectNode();
    }
  }
}
