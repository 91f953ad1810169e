package com.pilotstatus.embed.chat.conversation;

import com.pilotstatus.embed.chat.i18n.Dates;
import com.pilotstatus.embed.chat.i18n.Texts;
import com.pilotstatus.embed.chat.media.MediaUrls;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Turns the platform's records into what the templates show, in one viewer's locale and time zone. */
public final class Views {

  private static final int PREVIEW_CHARS = 80;
  private static final int SNIPPET_BEFORE = 24;
  private static final int SNIPPET_AFTER = 60;

  private final Texts texts;
  private final Dates dates;
  private final MediaUrls mediaUrls;

  public Views(Texts texts, Dates dates, MediaUrls mediaUrls) {
    this.texts = texts;
    this.dates = dates;
    this.mediaUrls = mediaUrls;
  }

  public Texts texts() {
    return texts;
  }

  public ConversationItem item(Conversation c) {
    ChatMessage last = c.lastMessage();
    String preview = last == null ? "" : abbreviate(preview(last));
    Instant updated = c.updatedAt();
    Conversation.Contact contact = c.contact() == null ? new Conversation.Contact(null, null) : c.contact();
    String number = contact.number() == null ? "" : contact.number();
    String name = contact.name() == null || contact.name().isBlank() ? number : contact.name();
    return new ConversationItem(c.id(), c.whatsappNumberId(), name, number, preview,
        last != null && last.isOutbound(), dates.stamp(updated), updated == null ? "" : updated.toString(),
        Math.max(0, c.unreadCount()), c.isResolved());
  }

  public List<ConversationItem> items(List<Conversation> conversations) {
    List<ConversationItem> out = new ArrayList<>();
    for (Conversation c : conversations) {
      out.add(item(c));
    }
    return out;
  }

  /**
   * The message hits of a search for {@code query}: each with the match and about {@value #SNIPPET_BEFORE} characters
   * before it and {@value #SNIPPET_AFTER} after, on one line, cut with "…".
   */
  public List<HitItem> hits(List<SearchHits.Hit> hits, String query) {
    List<HitItem> out = new ArrayList<>();
    for (SearchHits.Hit hit : hits) {
      ConversationItem row = item(hit.conversation());
      String text = hit.message().text() == null ? "" : hit.message().text().replace('\n', ' ').replace('\r', ' ');
      int at = text.toLowerCase(Locale.ROOT).indexOf(query.toLowerCase(Locale.ROOT));
      int end = at < 0 ? 0 : Math.min(text.length(), at + query.length());
      at = Math.max(0, at);
      int from = Math.max(0, at - SNIPPET_BEFORE);
      int to = Math.min(text.length(), end + SNIPPET_AFTER);
      Instant when = hit.message().createdAt();
      out.add(new HitItem(row.id(), hit.message().id(), row.name(), (from > 0 ? "…" : "") + text.substring(from, at),
          text.substring(at, end), text.substring(end, to) + (to < text.length() ? "…" : ""), dates.stamp(when),
          when == null ? "" : when.toString()));
    }
    return out;
  }

  /** {@link #bubble(ChatMessage, String)} when the contact's name is not at hand (an outbound message). */
  public Bubble bubble(ChatMessage m) {
    return bubble(m, null);
  }

  /**
   * The bubble of {@code m} in a thread with {@code contact} (the name the thread shows; {@code null} when not
   * known: the contact is then "Contact"), with its quote when it is a reply.
   */
  public Bubble bubble(ChatMessage m, String contact) {
    Instant at = m.createdAt();
    String status = m.status() == null ? (m.isOutbound() ? "sent" : "received") : m.status();
    String label = knownStatus(status) ? texts.get("status." + status) : status;
    ChatMessage.Quoted q = m.quoted();
    Quote quote = q == null || q.id() == null ? null : new Quote(q.id(), q.isOutbound(),
        author(q.isOutbound(), contact), q.excerpt() == null ? "" : q.excerpt());
    String contactReaction = m.reactions().stream().filter(r -> !r.isAgent()).map(ChatMessage.Reaction::emoji)
        .findFirst().orElse(null);
    return new Bubble(m.id(), m.isOutbound(), m.text() == null ? "" : m.text(), dates.time(at),
        at == null ? "" : at.toString(), at == null ? "" : dates.dayOf(at).toString(), status, label,
        author(m.isOutbound(), contact), quote, m.isNote(), m.templateName(), author(false, contact), contactReaction,
        m.agentReaction(), card(m));
  }

  /** What the list row says of {@code m}: its text, or for media a symbol and the kind ("📷 Photo") and the caption. */
  private String preview(ChatMessage m) {
    String text = m.text() == null ? "" : m.text();
    String kind = m.location() != null ? "location" : m.media() != null ? m.media().kind() : null;
    if (kind == null || !isKnownKind(kind)) {
      return text;
    }
    String label = kind.equals("document") && m.media().fileName() != null ? m.media().fileName()
        : texts.get("media." + kind);
    return symbolOf(kind) + " " + (text.isBlank() ? label : text);
  }

  /** The symbol WhatsApp's list shows before a media message; the same in every language. */
  private static String symbolOf(String kind) {
    return switch (kind) {
      case "image" -> "📷";
      case "document" -> "📄";
      case "audio" -> "🎵";
      case "voice" -> "🎤";
      case "video" -> "🎬";
      case "location" -> "📍";
      default -> "💬";
    };
  }

  /** The file or place of {@code m}, or {@code null}; a kind this version does not know shows as a document. */
  private MediaCard card(ChatMessage m) {
    ChatMessage.Location place = m.location();
    if (place != null) {
      String coordinates = String.format(Locale.ROOT, "%.5f, %.5f", place.latitude(), place.longitude());
      String map = String.format(Locale.ROOT, "https://www.openstreetmap.org/?mlat=%.6f&mlon=%.6f#map=17/%.6f/%.6f",
          place.latitude(), place.longitude(), place.latitude(), place.longitude());
      return new MediaCard("location", map, null, place.name() == null ? texts.get("media.location") : place.name(),
          place.address() == null ? coordinates : place.address(), texts.get("media.openMap"));
    }
    ChatMessage.Media file = m.media();
    if (file == null || file.id() == null) {
      return null;
    }
    String kind = isKnownKind(file.kind()) ? file.kind() : "document";
    String poster = file.thumbnailId() == null ? null : mediaUrls.url(file.thumbnailId());
    if (kind.equals("document")) {
      String name = file.fileName() == null ? texts.get("media.document") : file.fileName();
      return new MediaCard(kind, mediaUrls.url(file.id()), null, name, size(file.size()) + " · " + typeOf(file),
          texts.format("media.download", name));
    }
    String open = kind.equals("image") ? texts.get("media.openImage") : texts.get("media." + kind);
    return new MediaCard(kind, mediaUrls.url(file.id()), poster, texts.get("media." + kind), "", open);
  }

  private static boolean isKnownKind(String kind) {
    return switch (kind) {
      case "image", "document", "audio", "voice", "video", "sticker", "location" -> true;
      default -> false;
    };
  }

  /** "820 B", "48 KB", "2.4 MB" (with the locale's decimal separator). */
  private String size(long bytes) {
    if (bytes < 1024) {
      return bytes + " B";
    }
    if (bytes < 1024 * 1024) {
      return Math.round(bytes / 1024.0) + " KB";
    }
    return String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024.0))
        .replace(".", texts.get("decimalSeparator"));
  }

  /** "PDF", "DOCX": the name's extension, else the type's subtype, upper case. */
  private static String typeOf(ChatMessage.Media file) {
    String name = file.fileName() == null ? "" : file.fileName();
    int dot = name.lastIndexOf('.');
    String type = dot > 0 && name.length() - dot <= 6 ? name.substring(dot + 1)
        : file.mimeType() == null ? "" : file.mimeType().substring(file.mimeType().indexOf('/') + 1);
    return type.toUpperCase(Locale.ROOT);
  }

  private String author(boolean outbound, String contact) {
    return outbound ? texts.get("quote.you") : contact == null || contact.isBlank() ? texts.get("quote.contact")
        : contact;
  }

  /** The thread header's status control of {@code c}. */
  public StatusPage status(Conversation c) {
    return new StatusPage(texts, c.id(), c.isResolved());
  }

  /** The reply area of {@code c} at {@code now}; {@code refused}: a free-form reply was just refused. */
  public ComposerPage composer(Conversation c, Instant now, String refusalKey) {
    String name = item(c).name();
    String notice = c.windowClosesAt() == null ? texts.format("window.neverBody", name)
        : texts.format("window.closedBody", name, dates.moment(c.windowClosesAt()));
    return new ComposerPage(texts, c.id(), c.isWindowOpen(now),
        c.windowClosesAt() == null ? "" : c.windowClosesAt().toString(), notice,
        refusalKey == null ? "" : texts.get(refusalKey));
  }

  /** Messages oldest→newest with a separator before the first message of each day; {@code contact} as in {@link #bubble}. */
  public List<LogEntry> log(List<ChatMessage> messages, String contact) {
    List<LogEntry> out = new ArrayList<>();
    String currentDay = null;
    for (ChatMessage m : messages) {
      Bubble b = bubble(m, contact);
      if (!b.dayKey().isEmpty() && !b.dayKey().equals(currentDay)) {
        currentDay = b.dayKey();
        out.add(LogEntry.separator(currentDay, dates.day(LocalDate.parse(currentDay))));
      }
      out.add(LogEntry.message(b));
    }
    return out;
  }

  /**
   * {@link #log} with the "N unread messages" divider before the first of the last {@code unread} inbound messages
   * (the ones the agent has not seen; the conversation's unread count before it is marked read), below their day's
   * separator (an older run prepended later joins that day). A count larger than this run's inbound messages puts
   * it before the first of them, unless {@code firstUnreadId} (the run was opened around the first unread message)
   * says where the run starts.
   */
  public List<LogEntry> log(List<ChatMessage> messages, int unread, String firstUnreadId, String contact) {
    List<LogEntry> out = log(messages, contact);
    if (unread <= 0) {
      return out;
    }
    int firstUnread = -1;
    int seen = 0;
    for (int i = out.size() - 1; i >= 0 && seen < unread; i--) {
      Bubble b = out.get(i).bubble();
      if (b != null && (firstUnreadId == null ? !b.outbound() && !b.note() : b.id().equals(firstUnreadId))) {
        firstUnread = i;
        seen = firstUnreadId == null ? seen + 1 : unread;
      }
    }
    if (firstUnread < 0) {
      return out;
    }
    String label = unread == 1 ? texts.get("unreadDivider.one")
        : texts.get("unreadDivider.other").replace("{count}", String.valueOf(unread));
    out.add(firstUnread, LogEntry.unreadDivider(label));
    return out;
  }

  /** The separator that opens {@code bubble}'s day. */
  public LogEntry separatorFor(Bubble bubble) {
    return LogEntry.separator(bubble.dayKey(), dates.day(LocalDate.parse(bubble.dayKey())));
  }

  private static boolean knownStatus(String status) {
    return switch (status) {
      case "received", "pending", "sent", "delivered", "read", "failed", "internal" -> true;
      default -> false;
    };
  }

  private static String abbreviate(String text) {
    String oneLine = text.replace('\n', ' ').replace('\r', ' ');
    return oneLine.length() > PREVIEW_CHARS ? oneLine.substring(0, PREVIEW_CHARS - 1) + "…" : oneLine;
  }
}
