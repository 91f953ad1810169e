package com.pilotstatus.embed.connect.meta;

import com.pilotstatus.embed.connect.pairing.PairingService.PairingFailure;
import com.pilotstatus.embed.connect.pairing.PairingState;
import com.pilotstatus.embed.connect.pairing.PairingView;
import com.pilotstatus.embed.connect.platform.PairingToken;
import com.pilotstatus.embed.connect.platform.PlatformClient;
import com.pilotstatus.embed.kit.platform.PlatformReply;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Hands the result of a Meta flow to the platform: the Embedded Signup code with the WABA and phone number ids, or
 * typed-in credentials. Connected only when the platform answers {@code OPEN}.
 */
public final class MetaService {

  private final PlatformClient platform;

  public MetaService(PlatformClient platform) {
    this.platform = platform;
  }

  /** Credentials already checked by {@link MetaCredentials#violations()}. */
  public PairingView submitCredentials(PairingToken token, MetaCredentials credentials, String clientIp) {
    Map<String, String> body = new LinkedHashMap<>();
    body.put("wabaId", credentials.wabaId());
    body.put("phoneNumberId", credentials.phoneNumberId());
    body.put("accessToken", credentials.accessToken());
    PlatformReply reply = platform.metaCredentials(token, platform.toJson(body), clientIp);
    if (reply.status() == 400) {
      String field = reply.errorField();
      Map<String, String> errors = new LinkedHashMap<>();
      if ("wabaId".equals(field) || "phoneNumberId".equals(field) || "accessToken".equals(field)) {
        errors.put(field, "meta.invalid." + field);
      } else {
        errors.put("form", "meta.rejected");
      }
      return PairingView.credentialsForm(credentials.echoableValues(), errors);
    }
    return outcome(reply);
  }

  /** The Embedded Signup result: {@code code} from {@code FB.login}, ids from {@code WA_EMBEDDED_SIGNUP}. */
  public PairingView submitEmbedded(PairingToken token, String code, String wabaId, String phoneNumberId,
      String clientIp) {
    Map<String, String> body = new LinkedHashMap<>();
    body.put("code", code);
    body.put("wabaId", wabaId);
    body.put("phoneNumberId", phoneNumberId);
    return outcome(platform.metaEmbedded(token, platform.toJson(body), clientIp));
  }

  private static PairingView outcome(PlatformReply reply) {
    if (reply.isNotFound()) {
      return PairingView.of(PairingState.EXPIRED);
    }
    if (reply.isOk() && "OPEN".equals(reply.text("state"))) {
      return PairingView.connected(reply.text("numberId"), null);
    }
    throw new PairingFailure(reply);
  }
}
