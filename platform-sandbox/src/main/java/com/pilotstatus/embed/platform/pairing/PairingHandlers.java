package com.pilotstatus.embed.platform.pairing;

import com.pilotstatus.embed.branding.Branding;
import com.pilotstatus.embed.branding.BrandingRules;
import com.pilotstatus.embed.platform.auth.ApiKeys;
import com.pilotstatus.embed.platform.auth.Caller;
import com.pilotstatus.embed.platform.branding.BrandingHandlers;
import com.pilotstatus.embed.platform.error.ApiError;
import com.pilotstatus.embed.platform.http.ClientAddress;
import com.pilotstatus.embed.platform.http.JsonBody;
import com.pilotstatus.embed.platform.number.MetaAccount;
import com.pilotstatus.embed.platform.number.MetaCredentials;
import com.pilotstatus.embed.platform.number.NumberHandlers;
import com.pilotstatus.embed.platform.number.NumberProvider;
import com.pilotstatus.embed.platform.number.NumberService;
import com.pilotstatus.embed.platform.number.NumberState;
import com.pilotstatus.embed.platform.number.PhoneNumber;
import com.pilotstatus.embed.platform.number.WhatsappNumber;
import com.pilotstatus.embed.platform.provider.CurrentQr;
import com.pilotstatus.embed.platform.provider.QrImages;
import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.Map;

/** {@code POST /v1/numbers/remote-pairing} and the public token endpoints (seed 003). */
public final class PairingHandlers {

  public static final String TEMPLATE = "pilot_status_remote_pairing";

  private final ApiKeys apiKeys;
  private final PairingService pairing;
  private final NumberService numbers;
  private final QrImages qrImages;
  private final PublicRateLimiter limiter;
  private final ClientAddress clientAddress;
  private final BrandingRules rules;
  private final String connectOrigin;
  private final boolean hasPairingTemplate;

  public PairingHandlers(ApiKeys apiKeys, PairingService pairing, NumberService numbers, QrImages qrImages,
                         PublicRateLimiter limiter, ClientAddress clientAddress, BrandingRules rules,
                         String connectOrigin, boolean hasPairingTemplate) {
    this.apiKeys = apiKeys;
    this.pairing = pairing;
    this.numbers = numbers;
    this.qrImages = qrImages;
    this.limiter = limiter;
    this.clientAddress = clientAddress;
    this.rules = rules;
    this.connectOrigin = connectOrigin;
    this.hasPairingTemplate = hasPairingTemplate;
  }

  public void create(Context ctx) {
    Caller caller = apiKeys.requireTenant(ctx);
    JsonBody body = JsonBody.of(ctx);
    String name = NumberHandlers.requireName(body);
    String digits = PhoneNumber.parse("number", body.requiredString("number"));
    body.optionalBoolean("linkToApiKey", false);
    boolean send = body.optionalBoolean("sendViaWhatsApp", false);
    NumberProvider provider = provider(body.optionalString("provider"));
    String metaFlow = metaFlow(provider, body.optionalString("metaFlow"));
    Branding override = override(body);
    PairingLink link = pairing.create(caller, name, digits, provider, metaFlow, override);
    WhatsappNumber number = numbers.current(link.numberId()).orElseThrow();

    Map<String, Object> instance = new LinkedHashMap<>();
    instance.put("id", number.id());
    instance.put("instanceName", number.instanceName());
    instance.put("number", number.number());
    instance.put("name", number.name());
    instance.put("state", number.state().name());
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("instance", instance);
    out.put("remotePairingUrl", connectOrigin + "/connect/" + link.token());
    out.put("maskedNumber", PhoneNumber.mask(number.number()));
    String sendError = send ? sendLink(caller) : null;
    out.put("messageSent", send && sendError == null);
    if (sendError != null) {
      out.put("messageError", sendError);
    }
    ctx.status(201).json(out);
  }

  /** The sandbox cannot reach WhatsApp: the send "works" only when the template is configured and a number is OPEN. */
  private String sendLink(Caller caller) {
    if (!hasPairingTemplate) {
      return "Template " + TEMPLATE + " not found: create it (OTP category) in the dashboard to send pairing links"
          + " via WhatsApp. The link was created; share remotePairingUrl yourself.";
    }
    boolean canSend = numbers.list(caller).stream()
        .anyMatch(n -> n.state() == NumberState.OPEN);
    return canSend ? null : "No connected number to send the pairing link from. The link was created.";
  }

  public void show(Context ctx) {
    PairingService.Linked linked = pairing.open(token(ctx));
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("valid", true);
    out.put("name", linked.number().name());
    out.put("maskedNumber", PhoneNumber.mask(linked.number().number()));
    out.put("state", linked.number().state().name());
    out.put("branding", pairing.branding(linked.link()).toMap());
    out.put("provider", linked.link().provider().name());
    out.put("metaFlow", linked.link().metaFlow());
    out.put("expiresAt", linked.link().expiresAt().toString());
    ctx.json(out);
  }

  public void connect(Context ctx) {
    PairingService.Linked linked = pairing.connect(token(ctx));
    CurrentQr qr = numbers.qr(linked.number());
    if (qr == null) {
      throw ApiError.conflict("The QR batch just ended; call connect again for a new code");
    }
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("qrcodeBase64", qrImages.dataUrl(qr.qrcode()));
    out.put("pairingCode", qr.pairingCode());
    out.put("qrcode", qr.qrcode());
    out.put("qrExpiresAt", qr.expiresAt().toString());
    out.put("refIndex", qr.refIndex());
    out.put("refCount", qr.refCount());
    ctx.json(out);
  }

  public void status(Context ctx) {
    PairingService.Linked linked = pairing.status(token(ctx));
    WhatsappNumber number = linked.number();
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("state", number.state().name());
    out.put("isFullyConnected", linked.isFullyConnected());
    out.put("phase", number.phase());
    if (linked.isFullyConnected()) {
      out.put("numberId", number.id());
    }
    CurrentQr qr = numbers.qr(number);
    if (qr != null && number.phase().equals("qr")) {
      out.put("qrcode", qr.qrcode());
      out.put("pairingCode", qr.pairingCode());
      out.put("qrExpiresAt", qr.expiresAt().toString());
      out.put("refIndex", qr.refIndex());
      out.put("refCount", qr.refCount());
    }
    ctx.json(out);
  }

  public void branding(Context ctx) {
    PairingService.Linked linked = pairing.open(token(ctx));
    ctx.json(Map.of("branding", pairing.branding(linked.link()).toMap()));
  }

  public void metaEmbedded(Context ctx) {
    String token = token(ctx);
    JsonBody body = JsonBody.of(ctx);
    MetaCredentials.requireSignupCode("code", body.requiredString("code"));
    MetaAccount account = new MetaAccount(
        MetaCredentials.requireId("wabaId", body.requiredString("wabaId")),
        MetaCredentials.requireId("phoneNumberId", body.requiredString("phoneNumberId")));
    metaConnected(ctx, pairing.connectMeta(token, account));
  }

  public void metaCredentials(Context ctx) {
    String token = token(ctx);
    JsonBody body = JsonBody.of(ctx);
    MetaAccount account = new MetaAccount(
        MetaCredentials.requireId("wabaId", body.requiredString("wabaId")),
        MetaCredentials.requireId("phoneNumberId", body.requiredString("phoneNumberId")));
    MetaCredentials.requireAccessToken("accessToken", body.requiredString("accessToken"));
    metaConnected(ctx, pairing.connectMeta(token, account));
  }

  private static void metaConnected(Context ctx, WhatsappNumber number) {
    ctx.json(Map.of("state", number.state().name(), "numberId", number.id()));
  }

  /** The path token, after the rate limit (per client IP and per token) let the call through. */
  private String token(Context ctx) {
    String token = ctx.pathParam("token");
    limiter.check(clientAddress.of(ctx), token);
    return token;
  }

  private static NumberProvider provider(String raw) {
    if (raw == null || raw.equals("WHATSAPP")) {
      return NumberProvider.WHATSAPP;
    }
    if (raw.equals("META")) {
      return NumberProvider.META;
    }
    throw ApiError.invalid("provider", "provider must be \"META\" (or omitted for QR pairing)");
  }

  private static String metaFlow(NumberProvider provider, String raw) {
    if (provider != NumberProvider.META) {
      if (raw != null) {
        throw ApiError.invalid("metaFlow", "metaFlow applies only with provider \"META\"");
      }
      return null;
    }
    if (raw == null) {
      return "embedded";
    }
    if (!raw.equals("embedded") && !raw.equals("credentials")) {
      throw ApiError.invalid("metaFlow", "metaFlow must be \"embedded\" or \"credentials\"");
    }
    return raw;
  }

  private Branding override(JsonBody body) {
    String name = body.has("brandingOverride") ? "brandingOverride" : "branding";
    JsonBody object = body.optionalObject(name);
    return object == null ? Branding.EMPTY : BrandingHandlers.validated(rules, object);
  }
}
