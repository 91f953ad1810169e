package com.pilotstatus.embed.platform.template;

import com.pilotstatus.embed.platform.auth.ApiKeys;
import com.pilotstatus.embed.platform.auth.Caller;
import com.pilotstatus.embed.platform.error.ApiError;
import com.pilotstatus.embed.platform.http.JsonBody;
import com.pilotstatus.embed.platform.number.NumberService;
import com.pilotstatus.embed.platform.number.WhatsappNumber;
import io.javalin.http.Context;
import java.util.List;
import java.util.Map;

/**
 * {@code GET /v1/numbers/{id}/templates} (a tenant key, or the number's own key, like the other number endpoints) and
 * the sandbox control that adds one, {@code POST /v1/sandbox/numbers/{id}/templates} (tenant key): in the real
 * platform templates are created in the dashboard and approved by Meta.
 */
public final class TemplateHandlers {

  private final ApiKeys apiKeys;
  private final NumberService numbers;
  private final TemplateService templates;

  public TemplateHandlers(ApiKeys apiKeys, NumberService numbers, TemplateService templates) {
    this.apiKeys = apiKeys;
    this.numbers = numbers;
    this.templates = templates;
  }

  public void list(Context ctx) {
    Caller caller = apiKeys.authenticate(ctx);
    WhatsappNumber number = numbers.get(caller, ctx.pathParam("id"));
    List<TemplateView> data = templates.of(number).stream().map(TemplateView::of).toList();
    ctx.json(Map.of("data", data));
  }

  public void create(Context ctx) {
    Caller caller = apiKeys.requireTenant(ctx);
    WhatsappNumber number = numbers.get(caller, ctx.pathParam("id"));
    JsonBody body = JsonBody.of(ctx);
    List<String> examples = body.has("examples") ? body.requiredStrings("examples") : List.of();
    String text = body.requiredString("body");
    if (text.length() > 1024) {
      throw ApiError.invalid("body", "body must be 1 to 1024 characters");
    }
    MessageTemplate created = templates.create(number, new TemplateService.Draft(body.requiredString("name"),
        body.requiredString("language"), body.optionalString("category"), body.optionalString("status"), text,
        examples));
    ctx.status(201).json(TemplateView.of(created));
  }
}
