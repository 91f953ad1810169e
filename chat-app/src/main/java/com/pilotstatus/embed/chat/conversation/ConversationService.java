package com.pilotstatus.embed.chat.conversation;

import com.pilotstatus.embed.chat.inbox.InboxCache;
import com.pilotstatus.embed.chat.platform.PlatformClient;
import com.pilotstatus.embed.chat.session.ChatToken;
import io.javalin.http.NotFoundResponse;
import java.util.List;

/**
 * The chat data a session may see. Reads come from the instance's {@link InboxCache} while the event feed keeps it
 * current, and from the platform otherwise; writes always go to the platform (the feed then updates the cache).
 * Every read re-checks the scope here as well as on the platform (defence in depth): a conversation or number outside
 * the token's {@code whatsappNumberIds} is {@link NotFoundResponse}, the same answer as one that does not exist.
 */
public final class ConversationService {

  public static final int PAGE_SIZE = 50;
  public static final int LOG_SIZE = 30;
  /** Message hits a search shows under the conversations it matched. */
  public static final int HITS = 20;

  private final PlatformClient platform;
  private final InboxCache cache;

  public ConversationService(PlatformClient platform, InboxCache cache) {
    this.platform = platform;
    this.cache = cache;
  }

  /** The versions of the token's inboxes in memory, or null when reads go to the platform (see InboxCache). */
  public long[] versions(ChatToken token) {
    return cache.versions(token);
  }

  public Summary summary(ChatToken token) {
    return cache.isCurrent() ? cache.summary(token) : platform.summary(token);
  }

  /** A page of the token's conversations; {@code status} ({@code open}/{@code resolved}, null: any) filters. */
  public ConversationPage list(ChatToken token, String numberId, String query, String status, String cursor) {
    if (numberId != null && !numberId.isEmpty() && !token.covers(numberId)) {
      throw new NotFoundResponse();
    }
    ConversationPage page = cache.isCurrent()
        ? cache.list(token, numberId, query, status, PAGE_SIZE, cursor)
        : platform.conversations(token, numberId, query, status, PAGE_SIZE, cursor);
    return new ConversationPage(page.data().stream().filter(c -> token.covers(c.whatsappNumberId())).toList(),
        page.nextCursor());
  }

  /**
   * The conversation, or 404 when it is missing or outside the session's numbers. One the cache does not know yet is
   * asked of the platform: it may have been created a moment ago, before its event reached this instance.
   */
  public Conversation find(ChatToken token, String conversationId) {
    Conversation conversation = cache.isCurrent() ? cache.find(token, conversationId) : null;
    if (conversation == null) {
      conversation = platform.conversation(token, conversationId);
    }
    if (conversation == null || !token.covers(conversation.whatsappNumberId())) {
      throw new NotFoundResponse();
    }
    return conversation;
  }

  /** A run of {@code conversation}'s log; the conversation comes from {@link #find}, so it is in scope. */
  public MessagePage messages(ChatToken token, Conversation conversation, String before) {
    return cache.isCurrent()
        ? cache.messages(token, conversation, before, LOG_SIZE)
        : platform.messages(token, conversation.id(), before, LOG_SIZE);
  }

  /** How far back the first unread message is looked for (pages of 100): an unread run of up to 2,000 messages. */
  private static final int UNREAD_PAGES = 20;

  /** The run a thread opens with, and the first unread message when that run is centred on it (else null). */
  public record Opening(MessagePage messages, String firstUnreadId) {
  }

  /**
   * The run {@code conversation} opens with: the newest, or, when its {@code unread} inbound messages do not all fit
   * in it, the run around the first of them (so the agent starts reading where the unread run starts). An unread run
   * longer than {@link #UNREAD_PAGES} pages opens at the newest (the divider on top), without looking back for it.
   */
  public Opening opening(ChatToken token, Conversation conversation, int unread) {
    MessagePage newest = messages(token, conversation, null);
    int seen = inbound(newest.data());
    if (unread <= seen || unread - seen > UNREAD_PAGES * 100 || !newest.hasMore() || newest.data().isEmpty()) {
      return new Opening(newest, null);
    }
    MessagePage page = newest;
    for (int i = 0; i < UNREAD_PAGES && page.hasMore() && !page.data().isEmpty(); i++) {
      page = platform.messages(token, conversation.id(), page.data().get(0).id(), 100);
      List<ChatMessage> data = page.data();
      for (int j = data.size() - 1; j >= 0; j--) {
        if (data.get(j).isInbound() && ++seen == unread) {
          return new Opening(messagesFrom(token, conversation, null, data.get(j).id()), data.get(j).id());
        }
      }
    }
    return new Opening(newest, null);
  }

  private static int inbound(List<ChatMessage> messages) {
    return (int) messages.stream().filter(ChatMessage::isInbound).count();
  }

  /**
   * The run of {@code conversation}'s log newer than message {@code afterId}, or centred on {@code aroundId} (one of
   * the two): asked of the platform, never of the cache, which keeps only the newest messages of a thread.
   */
  public MessagePage messagesFrom(ChatToken token, Conversation conversation, String afterId, String aroundId) {
    return afterId != null ? platform.messages(token, conversation.id(), "after", afterId, LOG_SIZE)
        : platform.messages(token, conversation.id(), "around", aroundId, LOG_SIZE);
  }

  /**
   * Messages of the session's numbers (or of {@code numberId}) whose text contains {@code query}, newest first: never
   * cached (a search is typed once), re-checked against the token's scope like every read.
   */
  public List<SearchHits.Hit> search(ChatToken token, String numberId, String query) {
    if (numberId != null && !token.covers(numberId)) {
      throw new NotFoundResponse();
    }
    return platform.search(token, numberId, query, HITS).data().stream()
        .filter(h -> h.conversation() != null && h.message() != null
            && token.covers(h.conversation().whatsappNumberId()))
        .toList();
  }

  /** Sends {@code text}, quoting message {@code replyTo} of the conversation when not null. */
  public ChatMessage send(ChatToken token, String conversationId, String idempotencyKey, String text,
                          String replyTo) {
    find(token, conversationId);
    return platform.send(token, conversationId, idempotencyKey, text, replyTo);
  }

  /**
   * The conversation as the platform has it now, for the composer: the window may have just moved (an inbound
   * message, or a refusal that says it closed) before this instance's cache heard of it.
   */
  public Conversation current(ChatToken token, String conversationId) {
    Conversation conversation = platform.conversation(token, conversationId);
    if (conversation == null || !token.covers(conversation.whatsappNumberId())) {
      throw new NotFoundResponse();
    }
    return conversation;
  }

  /** The approved templates the conversation's number may send (in scope: the platform re-checks it too). */
  public List<MessageTemplate> templates(ChatToken token, String conversationId) {
    find(token, conversationId);
    return platform.templates(token, conversationId);
  }

  /** Sends an approved template filled with {@code variables}; idempotent like {@link #send}. */
  /**
   * Uploads a file and sends it with {@code caption} (may be empty); idempotent like {@link #send}: the platform's
   * fingerprint holds the file's content, so a retry that uploads the same file again is the same send.
   */
  public ChatMessage sendMedia(ChatToken token, String conversationId, String idempotencyKey, String contentType,
                               String fileName, byte[] bytes, String caption) {
    find(token, conversationId);
    String mediaId = platform.upload(token, conversationId, contentType, fileName, bytes);
    return platform.sendMedia(token, conversationId, idempotencyKey, mediaId, caption);
  }

  public ChatMessage sendTemplate(ChatToken token, String conversationId, String idempotencyKey, String templateId,
                                  List<String> variables) {
    find(token, conversationId);
    return platform.sendTemplate(token, conversationId, idempotencyKey, templateId, variables);
  }

  /** Resolves or reopens the conversation (in scope: the platform re-checks it too); the conversation now. */
  public Conversation setStatus(ChatToken token, String conversationId, String status) {
    find(token, conversationId);
    return platform.setStatus(token, conversationId, status);
  }

  /** Adds an internal note to the conversation. */
  public ChatMessage addNote(ChatToken token, String conversationId, String text) {
    find(token, conversationId);
    return platform.addNote(token, conversationId, text);
  }

  /** The agent's reaction to a message of the conversation ({@code null}: removes it); the message now. */
  public ChatMessage react(ChatToken token, String conversationId, String messageId, String emoji) {
    find(token, conversationId);
    return platform.react(token, conversationId, messageId, emoji);
  }

  /** The outcome of marking a conversation read: the row as the platform left it, and the session's unread total. */
  public record Read(Conversation conversation, int unreadTotal) {
  }

  /**
   * Marks the conversation read. The answer is built from the platform's reply, not from memory: the feed's event for
   * this read may not have reached this instance yet, and the agent must not see the badge come back.
   */
  public Read markRead(ChatToken token, String conversationId) {
    Conversation before = find(token, conversationId);
    int unreadNow = platform.markRead(token, conversationId);
    Conversation read = before.withUnreadCount(unreadNow);
    if (!cache.isCurrent()) {
      return new Read(read, platform.summary(token).unreadCount());
    }
    Conversation kept = cache.find(token, conversationId);
    int keptUnread = kept == null ? 0 : kept.unreadCount();
    return new Read(read, Math.max(0, cache.summary(token).unreadCount() - keptUnread + unreadNow));
  }
}
