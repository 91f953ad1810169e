package com.pilotstatus.embed.platform.session;

import com.pilotstatus.embed.origin.AllowedOrigins;
import com.pilotstatus.embed.origin.OriginPolicy;
import com.pilotstatus.embed.platform.auth.ApiKeys;
import com.pilotstatus.embed.platform.auth.Caller;
import com.pilotstatus.embed.platform.chat.EventLog;
import com.pilotstatus.embed.platform.error.ApiError;
import com.pilotstatus.embed.platform.http.JsonBody;
import com.pilotstatus.embed.platform.number.NumberService;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** {@code POST /v1/embed/sessions} (seed 000), its refresh, and the JWKS. */
public final class SessionHandlers {

  private static final int MAX_NUMBERS = 50;

  private final ApiKeys apiKeys;
  private final NumberService numbers;
  private final ChatTokens tokens;
  private final SigningKeys keys;
  private final OriginPolicy originPolicy;
  private final Revocations revocations;
  private final EventLog events;

  public SessionHandlers(ApiKeys apiKeys, NumberService numbers, ChatTokens tokens, SigningKeys keys,
                         OriginPolicy originPolicy, Revocations revocations, EventLog events) {
    this.revocations = revocations;
    this.events = events;
    this.apiKeys = apiKeys;
    this.numbers = numbers;
    this.tokens = tokens;
    this.keys = keys;
    this.originPolicy = originPolicy;
  }

  public void create(Context ctx) {
    Caller caller = apiKeys.authenticate(ctx);
    JsonBody body = JsonBody.of(ctx);
    String surface = body.requiredString("surface");
    if (!surface.equals("chat")) {
      throw ApiError.invalid("surface", "surface must be \"chat\" (Connect uses POST /v1/numbers/remote-pairing)");
    }
    List<String> numberIds = distinct(body.requiredStrings("whatsappNumberIds"));
    if (numberIds.isEmpty() || numberIds.size() > MAX_NUMBERS) {
      throw ApiError.invalid("whatsappNumberIds", "whatsappNumberIds must list 1 to " + MAX_NUMBERS + " numbers");
    }
    AllowedOrigins.Result origins = AllowedOrigins.check(body.requiredStrings("allowedOrigins"), originPolicy);
    if (!origins.isValid()) {
      throw ApiError.invalid(fieldOf(origins.error()), origins.error());
    }
    long ttl = body.optionalLong("ttlSeconds", ChatTokens.MAX_TTL_SECONDS);
    if (ttl < ChatTokens.MIN_TTL_SECONDS || ttl > ChatTokens.MAX_TTL_SECONDS) {
      throw ApiError.invalid("ttlSeconds", "ttlSeconds must be between " + ChatTokens.MIN_TTL_SECONDS + " and "
          + ChatTokens.MAX_TTL_SECONDS);
    }
    for (String id : numberIds) {
      numbers.get(caller, id);
    }
    ChatTokens.Minted minted = tokens.mint(caller.tenantId(), numberIds, origins.allowed().serialized(), ttl);
    ctx.status(201).json(view(minted));
  }

  /** A new token for a still-valid chat token, same scope (the sliding window). */
  public void refresh(Context ctx) {
    ChatTokens.Minted minted = tokens.refresh(BearerToken.of(ctx));
    ctx.status(201).json(view(minted));
  }

  /**
   * {@code DELETE /v1/embed/sessions/{jti}} (tenant key): revokes the session of that token. 204; 404 for a jti the
   * caller's tenant did not mint (or one that already expired), the same answer as an unknown one.
   */
  public void revoke(Context ctx) {
    Caller caller = apiKeys.requireTenant(ctx);
    String jti = ctx.pathParam("jti");
    Revocations.Issued revoked = revocations.revoke(caller.tenantId(), jti)
        .orElseThrow(() -> ApiError.notFound("Session"));
    events.publishRevocation(caller.tenantId(), jti, revoked.sessionId());
    ctx.status(204);
  }

  public void jwks(Context ctx) {
    List<Map<String, String>> jwks = new ArrayList<>();
    for (SigningKey key : keys.published()) {
      jwks.add(key.jwk());
    }
    ctx.header("Cache-Control", "public, max-age=300");
    ctx.json(Map.of("keys", jwks));
  }

  private static Map<String, Object> view(ChatTokens.Minted minted) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("token", minted.token());
    out.put("surface", "chat");
    out.put("whatsappNumberIds", minted.claims().whatsappNumberIds());
    out.put("allowedOrigins", minted.claims().allowedOrigins());
    out.put("expiresAt", minted.claims().expiresAt().toString());
    return out;
  }

  /** {@code allowedOrigins[2]} out of AllowedOrigins' message, or the list itself. */
  private static String fieldOf(String error) {
    int end = error.indexOf(']');
    return error.startsWith("allowedOrigins[") && end > 0 ? error.substring(0, end + 1) : "allowedOrigins";
  }

  private static List<String> distinct(List<String> ids) {
    List<String> out = new ArrayList<>();
    for (String id : ids) {
      if (!out.contains(id)) {
        out.add(id);
      }
    }
    return out;
  }
}
