package com.pilotstatus.embed.platform.sandbox;

import com.pilotstatus.embed.platform.auth.AdminKey;
import com.pilotstatus.embed.platform.auth.ApiKeys;
import com.pilotstatus.embed.platform.auth.Caller;
import com.pilotstatus.embed.platform.chat.ChatMessage;
import com.pilotstatus.embed.platform.chat.ChatService;
import com.pilotstatus.embed.platform.chat.ConversationView;
import com.pilotstatus.embed.platform.chat.Location;
import com.pilotstatus.embed.platform.chat.MediaSubscriptions;
import com.pilotstatus.embed.platform.chat.MessageView;
import com.pilotstatus.embed.platform.chat.Reaction;
import com.pilotstatus.embed.platform.chat.SendFaults;
import com.pilotstatus.embed.platform.error.ApiError;
import com.pilotstatus.embed.platform.http.JsonBody;
import com.pilotstatus.embed.platform.number.NumberService;
import com.pilotstatus.embed.platform.number.PhoneNumber;
import com.pilotstatus.embed.platform.number.WhatsappNumber;
import com.pilotstatus.embed.platform.session.SigningKeys;
import io.javalin.http.Context;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The sandbox controls (this module only): what a phone, a contact or a flaky provider would do, so demos and tests
 * can drive the whole product. A tenant's own controls (its numbers' scans, inbound messages and number keys) take
 * its tenant key; the ones that reach every tenant (send faults, signing-key rotation, tenant creation) take the
 * sandbox admin key, and a tenant key gets 403 there.
 */
public final class SandboxHandlers {

  private final ApiKeys apiKeys;
  private final NumberService numbers;
  private final ChatService chat;
  private final SendFaults faults;
  private final MediaSubscriptions mediaPlans;
  private final SigningKeys keys;
  private final Tenants tenants;
  private final AdminKey admin;
  private final Clock clock;

  public SandboxHandlers(ApiKeys apiKeys, AdminKey admin, NumberService numbers, ChatService chat,
                         SendFaults faults, MediaSubscriptions mediaPlans, SigningKeys keys, Tenants tenants,
                         Clock clock) {
    this.mediaPlans = mediaPlans;
    this.apiKeys = apiKeys;
    this.admin = admin;
    this.numbers = numbers;
    this.chat = chat;
    this.faults = faults;
    this.keys = keys;
    this.tenants = tenants;
    this.clock = clock;
  }

  /** The phone scans the current QR (or types the pairing code). */
  public void scan(Context ctx) {
    Caller caller = apiKeys.requireTenant(ctx);
    WhatsappNumber number = numbers.scan(caller, ctx.pathParam("id"));
    ctx.json(Map.of("state", number.state().name(), "phase", number.phase()));
  }

  /**
   * A contact writes to the number, optionally replying to ({@code replyTo}) an earlier message of the conversation:
   * text, or a file ({@code media: {kind, fileName?, mimeType?, dataBase64?}}, a real sample of the kind unless the
   * bytes are given; {@code text} is then its optional caption), or a place ({@code location}).
   */
  public void inbound(Context ctx) {
    Caller caller = apiKeys.requireTenant(ctx);
    WhatsappNumber number = numbers.get(caller, ctx.pathParam("id"));
    JsonBody body = JsonBody.of(ctx);
    String from = PhoneNumber.parse("from", body.requiredString("from"));
    String name = body.optionalString("name");
    JsonBody media = body.optionalObject("media");
    JsonBody place = body.optionalObject("location");
    if (media != null && place != null) {
      throw ApiError.invalid("location", "Send media or location, not both");
    }
    String text = media == null && place == null ? body.requiredString("text") : body.optionalString("text");
    String replyTo = body.optionalString("replyTo");
    if (text != null && text.length() > 4096) {
      throw ApiError.invalid("text", "text must be 1 to 4096 characters");
    }
    if (name != null && name.length() > 80) {
      throw ApiError.invalid("name", "name must be at most 80 characters");
    }
    ChatMessage message = chat.receive(number, from, name, text == null ? "" : text, replyTo,
        media == null ? null : InboundMedia.from(media), place == null ? null : Location.from(place, "location"));
    ctx.status(201).json(MessageView.of(message));
  }

  /**
   * Moves when the contact of a conversation last wrote: {@code {"lastInboundAt": ISO-8601}} (not in the future), so
   * demos and tests can close (or re-open) the 24-hour customer service window without waiting a day.
   */
  public void moveLastInbound(Context ctx) {
    Caller caller = apiKeys.requireTenant(ctx);
    String raw = JsonBody.of(ctx).requiredString("lastInboundAt");
    Instant at;
    try {
      at = Instant.parse(raw);
    } catch (DateTimeParseException e) {
      throw ApiError.invalid("lastInboundAt", "lastInboundAt must be an ISO-8601 UTC time, e.g. 2026-11-23T18:20:00Z");
    }
    if (at.isAfter(clock.instant())) {
      throw ApiError.invalid("lastInboundAt", "lastInboundAt cannot be in the future");
    }
    ctx.json(ConversationView.of(chat.moveLastInbound(caller, ctx.pathParam("id"), at)));
  }

  /**
   * The contact reacts to a message of their conversation: {@code {"emoji": "👍"}}, or {@code {"emoji": null}} to
   * remove their reaction. 200 the Message; 404 for a conversation outside the key's scope or a message not of it.
   */
  public void contactReaction(Context ctx) {
    Caller caller = apiKeys.requireTenant(ctx);
    JsonBody body = JsonBody.of(ctx);
    if (!body.hasKey("emoji")) {
      throw ApiError.invalid("emoji", "emoji is required: one emoji, or null to remove the reaction");
    }
    String emoji = body.optionalString("emoji");
    ctx.json(MessageView.of(chat.contactReacts(caller, ctx.pathParam("id"), ctx.pathParam("messageId"),
        emoji == null ? null : Reaction.checkedEmoji(emoji))));
  }

  /** The next n chat sends fail with 503. */
  public void faults(Context ctx) {
    admin.require(ctx);
    long failures = JsonBody.of(ctx).optionalLong("sendFailures", 0);
    if (failures < 0 || failures > 1000) {
      throw ApiError.invalid("sendFailures", "sendFailures must be 0 to 1000");
    }
    faults.failNext((int) failures);
    ctx.json(Map.of("sendFailures", failures));
  }

  /**
   * Signs new chat tokens with a new key; the old one stays published until its tokens expire, or, with
   * {@code {"revokePrevious": true}}, is withdrawn at once (every token it signed is refused).
   */
  public void rotateKeys(Context ctx) {
    admin.require(ctx);
    boolean revoke = ctx.body().isBlank() ? false : JsonBody.of(ctx).optionalBoolean("revokePrevious", false);
    String kid = revoke ? keys.rotateRevokingPrevious() : keys.rotate();
    if (revoke) {
      chat.signingKeysRevoked(kid); // front-ends end the streams opened with the withdrawn keys within seconds
    }
    ctx.json(Map.of("kid", kid, "revokedPrevious", revoke));
  }

  /** A new, empty tenant and its tenant key (for isolation tests and multi-tenant demos). */
  public void createTenant(Context ctx) {
    admin.require(ctx);
    String name = JsonBody.of(ctx).optionalString("name");
    Tenants.Created created = tenants.create(name == null ? "Sandbox tenant" : name);
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("tenantId", created.tenantId());
    out.put("apiKeyId", created.keyId());
    out.put("apiKey", created.apiKey());
    ctx.status(201).json(out);
  }

  /** A new number-scoped key for one of the tenant's numbers. */
  /**
   * {@code {"active": false}} takes media out of the number's plan (uploads and media sends answer 402
   * {@code SUBSCRIPTION_REQUIRED_FOR_MEDIA}); {@code true} gives it back. 200 {@code {whatsappNumberId, active}}.
   */
  public void mediaSubscription(Context ctx) {
    Caller caller = apiKeys.requireTenant(ctx);
    WhatsappNumber number = numbers.get(caller, ctx.pathParam("id"));
    JsonBody body = JsonBody.of(ctx);
    if (!body.has("active")) {
      throw ApiError.invalid("active", "active is required: true or false");
    }
    boolean active = body.optionalBoolean("active", true);
    mediaPlans.set(number.id(), active);
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("whatsappNumberId", number.id());
    out.put("active", active);
    ctx.json(out);
  }

  public void createNumberKey(Context ctx) {
    Caller caller = apiKeys.requireTenant(ctx);
    WhatsappNumber number = numbers.get(caller, ctx.pathParam("id"));
    Tenants.Created created = tenants.numberKey(number);
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("apiKeyId", created.keyId());
    out.put("apiKey", created.apiKey());
    out.put("whatsappNumberId", number.id());
    ctx.status(201).json(out);
  }
}
