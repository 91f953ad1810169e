package com.pilotstatus.embed.chat.conversation;

import com.pilotstatus.embed.chat.i18n.Dates;
import com.pilotstatus.embed.chat.i18n.Texts;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Turns the platform's records into what the templates show, in one viewer's locale and time zone. */
public final class Views {

  private static final int PREVIEW_CHARS = 80;

  private final Texts texts;
  private final Dates dates;

  public Views(Texts texts, Dates dates) {
    this.texts = texts;
    this.dates = dates;
  }

  public Texts texts() {
    return texts;
  }

  public ConversationItem item(Conversation c) {
    ChatMessage last = c.lastMessage();
    String preview = last == null || last.text() == null ? "" : abbreviate(last.text());
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
        m.agentReaction());
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
   * it before the first of them.
   */
  public List<LogEntry> log(List<ChatMessage> messages, int unread, String contact) {
    List<LogEntry> out = log(messages, contact);
    if (unread <= 0) {
      return out;
    }
    int firstUnread = -1;
    int seen = 0;
    for (int i = out.size() - 1; i >= 0 && seen < unread; i--) {
      Bubble b = out.get(i).bubble();
      if (b != null && !b.outbound() && !b.note()) {
        firstUnread = i;
        seen++;
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
