package com.pilotstatus.embed.chat.template;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.pilotstatus.embed.chat.conversation.BubblePage;
import com.pilotstatus.embed.chat.conversation.ChatMessage;
import com.pilotstatus.embed.chat.conversation.ConversationHandlers;
import com.pilotstatus.embed.chat.conversation.ConversationService;
import com.pilotstatus.embed.chat.conversation.MessageTemplate;
import com.pilotstatus.embed.chat.conversation.Views;
import com.pilotstatus.embed.chat.media.MediaUrls;
import com.pilotstatus.embed.chat.i18n.Viewer;
import com.pilotstatus.embed.chat.session.ChatToken;
import com.pilotstatus.embed.chat.session.SessionGuard;
import com.pilotstatus.embed.chat.shell.Templates;
import com.pilotstatus.embed.kit.platform.PlatformRejected;
import com.pilotstatus.embed.protocol.ChatHeaders;
import io.javalin.http.BadRequestResponse;
import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import java.io.IOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/**
 * The templates a conversation can still receive once WhatsApp's 24-hour customer service window closed: the
 * picker, one template's form, and its send. A send goes to the platform with the request's {@code Idempotency-Key}
 * (as replies do) and answers the sent bubble; values the platform would refuse come back as the form with the
 * errors ({@code 400}, {@code X-PS-State: invalid}).
 */
public final class TemplateHandlers {

  private static final int MAX_VARIABLES = 20;

  private final ConversationService service;
  private final Templates templates;
  private final Clock clock;
  private final MediaUrls mediaUrls;
  private final ObjectMapper json = new ObjectMapper();

  public TemplateHandlers(ConversationService service, Templates templates, MediaUrls mediaUrls, Clock clock) {
    this.mediaUrls = mediaUrls;
    this.service = service;
    this.templates = templates;
    this.clock = clock;
  }

  /** {@code GET /fragments/conversations/{id}/templates}: the picker with the number's approved templates. */
  public void picker(Context ctx) {
    ChatToken token = SessionGuard.token(ctx);
    String id = ctx.pathParam("id");
    TemplateViews views = new TemplateViews(Viewer.of(ctx, clock).texts());
    ctx.html(templates.render("template/picker.jte", views.picker(id, service.templates(token, id))));
  }

  /** {@code GET /fragments/conversations/{id}/templates/{templateId}}: that template's form, empty. */
  public void form(Context ctx) {
    ChatToken token = SessionGuard.token(ctx);
    String id = ctx.pathParam("id");
    TemplateViews views = new TemplateViews(Viewer.of(ctx, clock).texts());
    MessageTemplate template = find(token, id, ctx.pathParam("templateId"));
    ctx.html(templates.render("template/form.jte", views.form(id, template, List.of(), false, false)));
  }

  /**
   * {@code POST /fragments/conversations/{id}/templates/{templateId}} with {@code Idempotency-Key} and
   * {@code {"variables": ["…", …]}}: the sent bubble (201), or the form with its errors (400).
   */
  public void send(Context ctx) {
    ChatToken token = SessionGuard.token(ctx);
    String key = ConversationHandlers.idempotencyKey(ctx);
    String id = ctx.pathParam("id");
    List<String> values = variables(ctx);
    Viewer viewer = Viewer.of(ctx, clock);
    TemplateViews views = new TemplateViews(viewer.texts());
    MessageTemplate template = find(token, id, ctx.pathParam("templateId"));
    TemplateFormPage checked = views.form(id, template, values, true, false);
    if (values.size() != template.variables().size() || !TemplateViews.isValid(checked)) {
      invalid(ctx, checked);
      return;
    }
    ChatMessage sent;
    try {
      sent = service.sendTemplate(token, id, key, template.id(), values);
    } catch (PlatformRejected e) {
      if (e.status() != 400) {
        throw e;
      }
      invalid(ctx, views.form(id, template, values, true, true));
      return;
    }
    Views bubbles = new Views(viewer.texts(), viewer.dates(), mediaUrls);
    ctx.status(201).html(templates.render("conversation/bubble.jte",
        new BubblePage(viewer.texts(), bubbles.bubble(sent))));
  }

  private void invalid(Context ctx, TemplateFormPage form) {
    ctx.header(ChatHeaders.STATE, ChatHeaders.STATE_INVALID).status(400)
        .html(templates.render("template/form.jte", form));
  }

  /** The approved template of the conversation's number, or 404 (unknown, another number's, not approved). */
  private MessageTemplate find(ChatToken token, String conversationId, String templateId) {
    return service.templates(token, conversationId).stream().filter(t -> t.id().equals(templateId)).findFirst()
        .orElseThrow(NotFoundResponse::new);
  }

  private List<String> variables(Context ctx) {
    JsonNode body;
    try {
      body = json.readTree(ctx.body());
    } catch (IOException e) {
      throw new BadRequestResponse("the body must be JSON {\"variables\": [\"…\"]}");
    }
    JsonNode raw = body == null ? null : body.get("variables");
    if (raw == null || !raw.isArray() || raw.size() > MAX_VARIABLES) {
      throw new BadRequestResponse("variables must be an array of at most " + MAX_VARIABLES + " strings");
    }
    List<String> values = new ArrayList<>();
    for (JsonNode item : raw) {
      if (!item.isTextual()) {
        throw new BadRequestResponse("every variable must be a string");
      }
      values.add(item.asText());
    }
    return values;
  }
}
