package com.pilotstatus.embed.chat.live;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.pilotstatus.embed.chat.conversation.Bubble;
import com.pilotstatus.embed.chat.conversation.BubblePage;
import com.pilotstatus.embed.chat.conversation.LogPage;
import com.pilotstatus.embed.chat.conversation.ChatMessage;
import com.pilotstatus.embed.chat.conversation.Conversation;
import com.pilotstatus.embed.chat.conversation.ItemPage;
import com.pilotstatus.embed.chat.conversation.Views;
import com.pilotstatus.embed.chat.i18n.Viewer;
import com.pilotstatus.embed.chat.platform.PlatformClient;
import com.pilotstatus.embed.chat.session.ChatToken;
import com.pilotstatus.embed.chat.shell.Templates;
import io.javalin.http.sse.SseClient;
import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One browser stream's relay: reads the platform's events for the session and sends the browser
 * {@code message} ({@code {conversationId, messageId, inbound, html}}), {@code conversation}
 * ({@code {conversationId, html}}), {@code unread} ({@code {count}}) and {@code reset} events. Message and
 * conversation events keep the platform's id, so the browser's {@code Last-Event-ID} is the platform's.
 */
final class Relay implements Runnable {

  private static final Logger LOG = LoggerFactory.getLogger(Relay.class);

  private final SseClient client;
  private final ChatToken token;
  private final Views views;
  private final String lastEventId;
  private final PlatformClient platform;
  private final UnreadCounts unread;
  private final Templates templates;
  // Thread-safe once configured: one for every stream, not one per connection.
  private static final ObjectMapper JSON = new ObjectMapper()
      .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
  private volatile InputStream upstream;
  private volatile boolean stopped;

  Relay(SseClient client, ChatToken token, Viewer viewer, String lastEventId, PlatformClient platform,
        UnreadCounts unread, Templates templates) {
    this.client = client;
    this.token = token;
    this.views = new Views(viewer.texts(), viewer.dates());
    this.lastEventId = lastEventId;
    this.platform = platform;
    this.unread = unread;
    this.templates = templates;
  }

  @Override
  public void run() {
    try {
      HttpResponse<InputStream> response = platform.openEvents(token, lastEventId);
      upstream = response.body();
      if (stopped) {
        return;
      }
      client.sendEvent("open", "{}");
      SseReader reader = new SseReader(upstream);
      SseEvent event;
      while (!stopped && !client.terminated() && (event = reader.next()) != null) {
        relay(event);
      }
    } catch (IOException | RuntimeException e) {
      if (!stopped) {
        LOG.debug("live relay ended: {}", e.toString());
      }
    } finally {
      stop();
    }
  }

  /**
   * Ends the relay from any thread: closing the upstream makes {@link #run} return, and Javalin then completes the
   * browser's response itself (closing the SseClient from another thread races with that).
   */
  void stop() {
    stopped = true;
    InputStream in = upstream;
    if (in != null) {
      try {
        in.close();
      } catch (IOException ignored) {
        // closing to abort
      }
    }
  }

  private void relay(SseEvent event) throws IOException {
    switch (event.name()) {
      case ":" -> client.sendComment("keep-alive");
      case "message.created", "message.updated" -> {
        JsonNode data = JSON.readTree(event.data());
        ChatMessage message = JSON.treeToValue(data.get("message"), ChatMessage.class);
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("conversationId", data.path("conversationId").asText());
        out.put("messageId", message.id());
        out.put("inbound", !message.isOutbound());
        out.put("created", event.name().equals("message.created"));
        out.put("text", message.text());
        Bubble bubble = views.bubble(message);
        out.put("html", templates.render("conversation/bubble.jte", new BubblePage(views.texts(), bubble)));
        if (!bubble.dayKey().isEmpty()) {
          out.put("day", bubble.dayKey());
          out.put("dayHtml", templates.render("conversation/log.jte",
              new LogPage(views.texts(), List.of(views.separatorFor(bubble)), null)));
        }
        send("message", out, event.id());
      }
      case "conversation.updated" -> {
        Conversation conversation = JSON.treeToValue(JSON.readTree(event.data()).get("conversation"), Conversation.class);
        if (conversation != null && token.covers(conversation.whatsappNumberId())) {
          Map<String, Object> out = new LinkedHashMap<>();
          out.put("conversationId", conversation.id());
          out.put("html", templates.render("conversation/item.jte", new ItemPage(views.texts(), views.item(conversation))));
          send("conversation", out, event.id());
          send("unread", Map.of("count", unread.after(event.id(), token)), null);
        }
      }
      case "reset" -> send("reset", Map.of(), event.id());
      default -> { } // number.updated and future types: nothing to show yet
    }
  }

  private void send(String name, Object data, String id) throws IOException {
    String body = JSON.writeValueAsString(data);
    if (id == null) {
      client.sendEvent(name, body);
    } else {
      client.sendEvent(name, body, id);
    }
  }
}
