package com.pilotstatus.embed.platform.testing;

import static com.pilotstatus.embed.platform.testing.Sandbox.DEMO_NUMBER;
import static com.pilotstatus.embed.platform.testing.Sandbox.tenant;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.ThreadLocalRandom;

/** A new contact who wrote once to the demo number: their own conversation, so tests never share a thread. */
public record Contact(String from, String conversationId, String firstMessageId) {

  public static Contact writing(Api api, String text) {
    String from = newNumber();
    Reply first = inbound(api, from, text);
    return new Contact(from, first.at("/conversationId"), first.at("/id"));
  }

  /** The contact {@code from} writes {@code text} to the demo number (the sandbox control); 201 asserted. */
  public static Reply inbound(Api api, String from, String text) {
    Reply reply = api.post("/v1/sandbox/numbers/" + DEMO_NUMBER + "/inbound", Api.json("from", from, "text", text),
        tenant());
    assertThat(reply.status()).isEqualTo(201);
    return reply;
  }

  /** A phone number no test used yet (E.164). */
  public static String newNumber() {
    return "+55119" + (10_000_000 + ThreadLocalRandom.current().nextInt(89_999_999));
  }
}
