package com.pilotstatus.embed.chat.shell;

import com.pilotstatus.embed.chat.i18n.Viewer;
import com.pilotstatus.embed.kit.http.SecurityHeadersPlugin;
import com.pilotstatus.embed.origin.OriginCheck;
import com.pilotstatus.embed.origin.OriginPolicy;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.pilotstatus.embed.chat.i18n.Texts;
import com.pilotstatus.embed.protocol.Envelope;
import com.pilotstatus.embed.protocol.Message;
import io.javalin.http.Context;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@code GET /?parentOrigin=…}: the iframe's page. A valid parent origin gets the shell (which loads the runtime) and
 * a CSP that lets only that origin frame it; a missing or invalid one gets a refusal page without any script, so no
 * protocol starts at all.
 */
public final class ShellHandler {

  /** The {@code ready} envelope the boot script posts: the shared encoder's message, as JSON. */
  private static final String READY = readyJson();

  private final OriginPolicy policy;
  private final Templates templates;
  private final Assets assets;
  private final Clock clock;

  public ShellHandler(OriginPolicy policy, Templates templates, Assets assets, Clock clock) {
    this.policy = policy;
    this.templates = templates;
    this.assets = assets;
    this.clock = clock;
  }

  public void show(Context ctx) {
    OriginCheck parent = policy.parse(ctx.queryParam("parentOrigin"));
    Texts texts = Viewer.of(ctx, clock).texts();
    if (!parent.isValid()) {
      SecurityHeadersPlugin.framedBy(ctx, "*"); // the refusal page holds no data and no script
      ctx.status(400).html(templates.render("shell/invalid.jte", new ShellPage(texts, assets, null, null)));
      return;
    }
    String origin = parent.origin().serialized();
    SecurityHeadersPlugin.framedBy(ctx, origin);
    ctx.html(templates.render("shell/shell.jte", new ShellPage(texts, assets, origin, READY)));
  }

  /** {@code {source, v, type, payload}} of {@link Envelope#ready()}, as the browser's {@code Browser.envelope} builds it. */
  private static String readyJson() {
    Message ready = Envelope.ready();
    Map<String, Object> envelope = new LinkedHashMap<>();
    envelope.put("source", Envelope.SOURCE);
    envelope.put("v", Envelope.VERSION);
    envelope.put("type", ready.type().wireName());
    envelope.put("payload", ready.payload());
    try {
      return new ObjectMapper().writeValueAsString(envelope);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}
