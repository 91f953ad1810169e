package com.pilotstatus.embed.chat.quickreply;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.pilotstatus.embed.chat.conversation.Conversation;
import com.pilotstatus.embed.chat.conversation.ConversationService;
import com.pilotstatus.embed.chat.i18n.Viewer;
import com.pilotstatus.embed.chat.platform.PlatformClient;
import com.pilotstatus.embed.chat.session.ChatToken;
import com.pilotstatus.embed.chat.session.SessionGuard;
import com.pilotstatus.embed.chat.shell.Templates;
import io.javalin.http.Context;
import java.time.Clock;
import java.time.Duration;
import java.util.List;

/**
 * {@code GET /fragments/conversations/{id}/quick-replies}: the tenant's quick replies as the composer's listbox, their
 * variables filled from that conversation's contact (issue 18). The conversation must be in the token's scope (404
 * otherwise, as for every chat route); the list is the token's tenant's only. Each tenant's list is kept for
 * {@link #FRESH_FOR}: the runtime asks each time the agent types {@code /}, so a busy team costs the platform one call
 * per tenant and interval, and a reply saved through the API shows within that interval.
 */
public final class QuickReplyHandlers {

  /** How long a tenant's list is reused before the platform is asked again. */
  public static final Duration FRESH_FOR = Duration.ofSeconds(5);

  private final ConversationService conversations;
  private final PlatformClient platform;
  private final Templates templates;
  private final Clock clock;
  private final Cache<String, List<QuickReply>> byTenant = Caffeine.newBuilder()
      .expireAfterWrite(FRESH_FOR).maximumSize(10_000).build();

  public QuickReplyHandlers(ConversationService conversations, PlatformClient platform, Templates templates,
                            Clock clock) {
    this.conversations = conversations;
    this.platform = platform;
    this.templates = templates;
    this.clock = clock;
  }

  public void list(Context ctx) {
    ChatToken token = SessionGuard.token(ctx);
    Conversation conversation = conversations.find(token, ctx.pathParam("id"));
    List<QuickReply> replies = byTenant.get(token.tenantId(), tenant -> platform.quickReplies(token));
    List<QuickReplyPage.Option> options = replies.stream()
        .map(q -> new QuickReplyPage.Option(q.id(), q.shortcut(), q.filledFor(conversation.contact()))).toList();
    ctx.html(templates.render("quickreply/list.jte", new QuickReplyPage(Viewer.of(ctx, clock).texts(), options)));
  }
}
