package com.pilotstatus.embed.chat.live;

import com.pilotstatus.embed.protocol.LiveEvents;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.pilotstatus.embed.chat.conversation.Bubble;
import com.pilotstatus.embed.chat.conversation.BubblePage;
import com.pilotstatus.embed.chat.conversation.ChatMessage;
import com.pilotstatus.embed.chat.conversation.Conversation;
import com.pilotstatus.embed.chat.conversation.ItemPage;
import com.pilotstatus.embed.chat.conversation.LogPage;
import com.pilotstatus.embed.chat.conversation.Views;
import com.pilotstatus.embed.chat.media.MediaUrls;
import com.pilotstatus.embed.chat.i18n.Viewer;
import com.pilotstatus.embed.chat.inbox.InboxCache;
import com.pilotstatus.embed.chat.session.ChatToken;
import com.pilotstatus.embed.chat.shell.Templates;
import com.pilotstatus.embed.kit.platform.PlatformHttp;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Turns feed events into what the iframe's runtime reads from {@code GET /live}: {@code message}
 * ({@code {conversationId, messageId, inbound, created, text, html, day?, dayHtml?}}), {@code conversation}
 * ({@code {conversationId, html, windowOpen, updatedAt, status, statusHtml}}: the row, whether a free-form reply may be
 * sent, the row's time (unchanged: the row keeps its place), open/resolved and the thread header's status control) followed by {@code unread} ({@code {count}}), {@code position}, {@code reset} and
 * {@code open}. Event frames keep the platform's id, so the browser's {@code Last-Event-ID} is the feed's.
 *
 * <p>One event goes to many streams: {@link #of} renders it once per viewer (locale and time zone) and counts unread
 * once per scope, however many streams share them.
 */
public final class LiveFrames {

  private static final ObjectMapper JSON = PlatformHttp.platformJson();
  static final byte[] PROBE = ":\n\n".getBytes(StandardCharsets.UTF_8);
  static final byte[] HEARTBEAT = ": keep-alive\n\n".getBytes(StandardCharsets.UTF_8);

  private final Templates templates;
  private final InboxCache inbox;
  private final Clock clock;
  private final MediaUrls mediaUrls;

  public LiveFrames(Templates templates, InboxCache inbox, MediaUrls mediaUrls, Clock clock) {
    this.mediaUrls = mediaUrls;
    this.templates = templates;
    this.inbox = inbox;
    this.clock = clock;
  }

  static String open(long position) {
    return frame(LiveEvents.OPEN, "{}", position);
  }

  static String position(long position) {
    return frame(LiveEvents.POSITION, "{}", position);
  }

  static String reset(long position) {
    return frame(LiveEvents.RESET, "{}", position);
  }

  /** The frames of one event, rendered on demand and shared by every stream that shows it the same way. */
  Event of(FeedEvent event) {
    return new Event(event);
  }

  final class Event {
    private final FeedEvent event;
    private final Map<String, byte[]> byViewer = new HashMap<>();
    private final Map<Set<String>, byte[]> unreadByScope = new HashMap<>();

    private Event(FeedEvent event) {
      this.event = event;
    }

    /** What {@code stream} gets for this event: nothing (null) when the event is not for its numbers or shows nothing. */
    byte[] forStream(LiveStream stream) {
      if (!stream.token.covers(event.numberId())) {
        return null; // the scope re-check: a stream never gets a byte of another number
      }
      String viewerKey = stream.viewer.texts().locale() + "|" + stream.viewer.dates().zone().getId();
      byte[] shown = byViewer.computeIfAbsent(viewerKey, k -> render(stream.viewer));
      if (shown.length == 0 || !event.type().equals("conversation.updated")) {
        return shown.length == 0 ? null : shown;
      }
      byte[] unread = unreadByScope.computeIfAbsent(Set.copyOf(stream.token.whatsappNumberIds()),
          k -> unreadFrame(stream.token));
      byte[] both = new byte[shown.length + unread.length];
      System.arraycopy(shown, 0, both, 0, shown.length);
      System.arraycopy(unread, 0, both, shown.length, unread.length);
      return both;
    }

    private byte[] render(Viewer viewer) {
      try {
        String frame = switch (event.type()) {
          case "message.created", "message.updated" -> message(viewer);
          case "conversation.updated" -> conversation(viewer);
          default -> null; // number.updated and future types: nothing to show yet
        };
        return frame == null ? new byte[0] : frame.getBytes(StandardCharsets.UTF_8);
      } catch (JsonProcessingException | RuntimeException e) {
        return new byte[0]; // an event this version cannot read shows nothing; the next list load is exact
      }
    }

    private String message(Viewer viewer) throws JsonProcessingException {
      JsonNode data = event.data();
      ChatMessage message = JSON.treeToValue(data.get("message"), ChatMessage.class);
      if (message == null) {
        return null;
      }
      Views views = new Views(viewer.texts(), viewer.dates(), mediaUrls);
      String conversationId = data.path("conversationId").asText();
      Conversation conversation = inbox.findIfKept(event.numberId(), conversationId);
      String contact = conversation == null ? null : views.item(conversation).name();
      Map<String, Object> out = new LinkedHashMap<>();
      out.put("conversationId", conversationId);
      out.put("messageId", message.id());
      out.put("inbound", "inbound".equals(message.direction())); // not our reply, nor a note
      out.put("created", event.type().equals("message.created"));
      out.put("text", message.text());
      Bubble bubble = views.bubble(message, contact);
      out.put("html", templates.render("conversation/bubble.jte", new BubblePage(views.texts(), bubble)));
      if (!bubble.dayKey().isEmpty()) {
        out.put("day", bubble.dayKey());
        out.put("dayHtml", templates.render("conversation/log.jte",
            new LogPage(views.texts(), List.of(views.separatorFor(bubble)), null, null)));
      }
      return frame(LiveEvents.MESSAGE, JSON.writeValueAsString(out), event.id());
    }

    private String conversation(Viewer viewer) throws JsonProcessingException {
      Conversation conversation = JSON.treeToValue(event.data().get("conversation"), Conversation.class);
      if (conversation == null || !event.numberId().equals(conversation.whatsappNumberId())) {
        return null;
      }
      Views views = new Views(viewer.texts(), viewer.dates(), mediaUrls);
      Map<String, Object> out = new LinkedHashMap<>();
      out.put("conversationId", conversation.id());
      out.put("html", templates.render("conversation/item.jte", new ItemPage(views.texts(), views.item(conversation))));
      out.put("windowOpen", conversation.isWindowOpen(Instant.now(clock)));
      out.put("updatedAt", conversation.updatedAt() == null ? "" : conversation.updatedAt().toString());
      out.put("status", conversation.isResolved() ? Conversation.RESOLVED : Conversation.OPEN);
      out.put("statusHtml", templates.render("conversation/status.jte", views.status(conversation)));
      return frame(LiveEvents.CONVERSATION, JSON.writeValueAsString(out), event.id());
    }

    private byte[] unreadFrame(ChatToken token) {
      Integer count = inbox.unreadIfKept(token);
      return count == null ? new byte[0]
          : frame(LiveEvents.UNREAD, "{\"count\":" + count + "}", -1).getBytes(StandardCharsets.UTF_8);
    }
  }

  private static String frame(String name, String json, long id) {
    return (id >= 0 ? "id: " + id + "\n" : "") + "event: " + name + "\ndata: " + json + "\n\n";
  }
}
