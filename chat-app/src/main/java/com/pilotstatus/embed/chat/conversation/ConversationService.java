package com.pilotstatus.embed.chat.conversation;

import com.pilotstatus.embed.chat.platform.PlatformClient;
import com.pilotstatus.embed.chat.session.ChatToken;
import io.javalin.http.NotFoundResponse;

/**
 * The chat data a session may see. Every read re-checks the scope here as well as on the platform (defence in depth):
 * a conversation or number outside the token's {@code whatsappNumberIds} is {@link NotFoundResponse}, the same answer
 * as one that does not exist.
 */
public final class ConversationService {

  public static final int PAGE_SIZE = 50;
  public static final int LOG_SIZE = 30;

  private final PlatformClient platform;

  public ConversationService(PlatformClient platform) {
    this.platform = platform;
  }

  public Summary summary(ChatToken token) {
    return platform.summary(token);
  }

  public ConversationPage list(ChatToken token, String numberId, String query, String cursor) {
    if (numberId != null && !numberId.isEmpty() && !token.covers(numberId)) {
      throw new NotFoundResponse();
    }
    ConversationPage page = platform.conversations(token, numberId, query, PAGE_SIZE, cursor);
    return new ConversationPage(page.data().stream().filter(c -> token.covers(c.whatsappNumberId())).toList(),
        page.nextCursor());
  }

  /** The conversation, or 404 when it is missing or outside the session's numbers. */
  public Conversation find(ChatToken token, String conversationId) {
    Conversation conversation = platform.conversation(token, conversationId);
    if (conversation == null || !token.covers(conversation.whatsappNumberId())) {
      throw new NotFoundResponse();
    }
    return conversation;
  }

  /** A run of {@code conversation}'s log; the conversation comes from {@link #find}, so it is in scope. */
  public MessagePage messages(ChatToken token, Conversation conversation, String before) {
    return platform.messages(token, conversation.id(), before, LOG_SIZE);
  }

  public ChatMessage send(ChatToken token, String conversationId, String idempotencyKey, String text) {
    find(token, conversationId);
    return platform.send(token, conversationId, idempotencyKey, text);
  }

  /** Marks the conversation read and returns it as it is now. */
  public Conversation markRead(ChatToken token, String conversationId) {
    find(token, conversationId);
    platform.markRead(token, conversationId);
    return find(token, conversationId);
  }
}
