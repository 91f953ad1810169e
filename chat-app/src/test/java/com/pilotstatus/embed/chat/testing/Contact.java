package com.pilotstatus.embed.chat.testing;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.concurrent.ThreadLocalRandom;

/**
 * A new contact who wrote once to the demo number: their own conversation, at the top of the list, so tests never
 * share a thread.
 */
public record Contact(String name, String from, String conversationId, String firstMessageId) {

  public static Contact writing(ChatStack stack, String name, String text) {
    String from = "+55119" + (10_000_000 + ThreadLocalRandom.current().nextInt(89_999_999));
    JsonNode first = stack.inbound(ChatStack.DEMO_NUMBER, from, name, text);
    return new Contact(name, from, first.get("conversationId").asText(), first.get("id").asText());
  }
}
