package com.pilotstatus.embed.platform.quickreply;

import com.pilotstatus.embed.platform.auth.ApiKeys;
import com.pilotstatus.embed.platform.http.JsonBody;
import com.pilotstatus.embed.platform.session.BearerToken;
import com.pilotstatus.embed.platform.session.ChatTokens;
import io.javalin.http.Context;
import java.util.List;
import java.util.Map;

/**
 * {@code /v1/quick-replies} (the tenant's key: list, create, replace, delete) and
 * {@code GET /v1/embed/chat/quick-replies} (the chat JWT: what an inbox of that tenant offers after {@code /}).
 */
public final class QuickReplyHandlers {

  private final ApiKeys apiKeys;
  private final ChatTokens tokens;
  private final QuickReplies quickReplies;

  public QuickReplyHandlers(ApiKeys apiKeys, ChatTokens tokens, QuickReplies quickReplies) {
    this.apiKeys = apiKeys;
    this.tokens = tokens;
    this.quickReplies = quickReplies;
  }

  public void list(Context ctx) {
    ctx.json(page(quickReplies.of(apiKeys.requireTenant(ctx).tenantId())));
  }

  public void listForChat(Context ctx) {
    ctx.json(page(quickReplies.of(tokens.verify(BearerToken.of(ctx)).tenantId())));
  }

  public void create(Context ctx) {
    String tenantId = apiKeys.requireTenant(ctx).tenantId();
    JsonBody body = JsonBody.of(ctx);
    QuickReply created = quickReplies.create(tenantId, body.requiredString("shortcut"), body.requiredString("text"));
    ctx.status(201).json(QuickReplyView.of(created));
  }

  public void replace(Context ctx) {
    String tenantId = apiKeys.requireTenant(ctx).tenantId();
    JsonBody body = JsonBody.of(ctx);
    ctx.json(QuickReplyView.of(quickReplies.replace(tenantId, ctx.pathParam("id"), body.requiredString("shortcut"),
        body.requiredString("text"))));
  }

  public void delete(Context ctx) {
    quickReplies.delete(apiKeys.requireTenant(ctx).tenantId(), ctx.pathParam("id"));
    ctx.json(Map.of("id", ctx.pathParam("id"), "deleted", true));
  }

  private static Map<String, List<QuickReplyView>> page(List<QuickReply> all) {
    return Map.of("data", all.stream().map(QuickReplyView::of).toList());
  }
}
