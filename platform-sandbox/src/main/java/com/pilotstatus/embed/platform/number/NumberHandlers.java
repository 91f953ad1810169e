package com.pilotstatus.embed.platform.number;

import com.pilotstatus.embed.platform.auth.ApiKeys;
import com.pilotstatus.embed.platform.auth.Caller;
import com.pilotstatus.embed.platform.error.ApiError;
import com.pilotstatus.embed.platform.http.JsonBody;
import com.pilotstatus.embed.platform.provider.CurrentQr;
import com.pilotstatus.embed.platform.provider.QrImages;
import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.Map;

/** {@code /v1/numbers…} (seed 004). */
public final class NumberHandlers {

  private final ApiKeys apiKeys;
  private final NumberService numbers;
  private final QrImages qrImages;

  public NumberHandlers(ApiKeys apiKeys, NumberService numbers, QrImages qrImages) {
    this.apiKeys = apiKeys;
    this.numbers = numbers;
    this.qrImages = qrImages;
  }

  public void list(Context ctx) {
    Caller caller = apiKeys.authenticate(ctx);
    ctx.json(Map.of("data", numbers.list(caller).stream().map(NumberView::of).toList()));
  }

  public void create(Context ctx) {
    Caller caller = apiKeys.authenticate(ctx);
    JsonBody body = JsonBody.of(ctx);
    String name = requireName(body);
    String digits = PhoneNumber.parse("number", body.requiredString("number"));
    boolean link = body.optionalBoolean("linkToApiKey", false);
    WhatsappNumber number = numbers.create(caller, name, digits, link, NumberProvider.WHATSAPP, true);
    ctx.status(201).json(withQr(number));
  }

  public void createMeta(Context ctx) {
    Caller caller = apiKeys.authenticate(ctx);
    JsonBody body = JsonBody.of(ctx);
    String name = requireName(body);
    String digits = PhoneNumber.parse("number", body.requiredString("number"));
    MetaAccount account = new MetaAccount(
        MetaCredentials.requireId("wabaId", body.requiredString("wabaId")),
        MetaCredentials.requireId("phoneNumberId", body.requiredString("phoneNumberId")));
    MetaCredentials.requireAccessToken("accessToken", body.requiredString("accessToken"));
    boolean link = body.optionalBoolean("linkToApiKey", false);
    ctx.status(201).json(NumberView.of(numbers.createMeta(caller, name, digits, link, account)));
  }

  public void connect(Context ctx) {
    Caller caller = apiKeys.authenticate(ctx);
    WhatsappNumber number = numbers.restartConnection(caller, ctx.pathParam("id"));
    Map<String, Object> out = new LinkedHashMap<>();
    CurrentQr qr = numbers.qr(number);
    out.put("qrcodeBase64", qr == null ? null : qrImages.dataUrl(qr.qrcode()));
    out.put("pairingCode", qr == null ? null : qr.pairingCode());
    ctx.json(out);
  }

  public void delete(Context ctx) {
    Caller caller = apiKeys.authenticate(ctx);
    WhatsappNumber removed = numbers.delete(caller, ctx.pathParam("id"));
    ctx.json(Map.of("id", removed.id(), "deleted", true));
  }

  /** The display name: 1–80 characters. */
  public static String requireName(JsonBody body) {
    String name = body.requiredString("name").trim();
    if (name.length() > 80) {
      throw ApiError.invalid("name", "name must be at most 80 characters");
    }
    return name;
  }

  private Map<String, Object> withQr(WhatsappNumber number) {
    NumberView view = NumberView.of(number);
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("id", view.id());
    out.put("instanceName", view.instanceName());
    out.put("number", view.number());
    out.put("name", view.name());
    out.put("state", view.state());
    out.put("provider", view.provider());
    out.put("linkedApiKeyId", view.linkedApiKeyId());
    out.put("createdAt", view.createdAt());
    CurrentQr qr = numbers.qr(number);
    out.put("qrcodeBase64", qr == null ? null : qrImages.dataUrl(qr.qrcode()));
    out.put("pairingCode", qr == null ? null : qr.pairingCode());
    return out;
  }
}
