package com.pilotstatus.embed.platform;

import com.pilotstatus.embed.kit.config.Env;
import com.pilotstatus.embed.kit.config.InvalidSetting;
import com.pilotstatus.embed.platform.http.TrustedProxies;

/**
 * The sandbox's trust switches, in one place so a reviewer sees every one (README "Security"). Every default is the
 * closed one; only the demo launcher opens {@code webhooksAllowPrivate} (and says so in its banner).
 *
 * @param adminKey {@code PS_SANDBOX_ADMIN_KEY} (empty: a random key generated and printed once at start): the only
 *     credential for the platform-wide {@code /v1/sandbox/*} controls (key rotation, faults, tenants); never a tenant's
 * @param trustKeyIdHeader {@code PS_TRUST_KEY_ID_HEADER} (false): accept {@code x-api-key-id} without the secret,
 *     and then only from a {@code trustedProxies} peer (a gateway that already authenticated the caller)
 * @param trustedProxies {@code PS_TRUSTED_PROXIES} (empty: none): comma-separated IPs or CIDRs whose
 *     {@code X-Forwarded-For} is believed and who may send {@code x-api-key-id}
 * @param webhooksAllowPrivate {@code PS_WEBHOOKS_ALLOW_PRIVATE} (false): let webhook URLs point at loopback and
 *     private addresses (local development only)
 */
public record SandboxTrust(String adminKey, boolean trustKeyIdHeader, TrustedProxies trustedProxies,
                           boolean webhooksAllowPrivate) {

  public SandboxTrust {
    if (!adminKey.isEmpty() && (!adminKey.startsWith("ps_") || adminKey.length() < 16)) {
      throw new IllegalArgumentException("PS_SANDBOX_ADMIN_KEY must start with ps_ and be at least 16 characters");
    }
  }

  /** Every switch closed, the admin key generated at start. */
  public static SandboxTrust closed() {
    return new SandboxTrust("", false, TrustedProxies.NONE, false);
  }

  /** Reads the switches with {@link Env}'s rule (absent or blank → the closed default, invalid → start-up error). */
  public static SandboxTrust fromEnv(Env env) {
    if (env.isSet("PS_TRUST_FORWARDED_FOR")) {
      throw new InvalidSetting("PS_TRUST_FORWARDED_FOR", "unset: it was replaced by PS_TRUSTED_PROXIES (the "
          + "comma-separated IPs or CIDRs of the proxies whose X-Forwarded-For may be believed)", "set");
    }
    return new SandboxTrust(
        env.secret("PS_SANDBOX_ADMIN_KEY", "").value(),
        env.bool("PS_TRUST_KEY_ID_HEADER", false),
        TrustedProxies.parse("PS_TRUSTED_PROXIES", env.string("PS_TRUSTED_PROXIES", "")),
        env.bool("PS_WEBHOOKS_ALLOW_PRIVATE", false));
  }

  public SandboxTrust withAdminKey(String value) {
    return new SandboxTrust(value, trustKeyIdHeader, trustedProxies, webhooksAllowPrivate);
  }

  public SandboxTrust withTrustKeyIdHeader(boolean value) {
    return new SandboxTrust(adminKey, value, trustedProxies, webhooksAllowPrivate);
  }

  public SandboxTrust withTrustedProxies(TrustedProxies value) {
    return new SandboxTrust(adminKey, trustKeyIdHeader, value, webhooksAllowPrivate);
  }

  public SandboxTrust withWebhooksAllowPrivate(boolean value) {
    return new SandboxTrust(adminKey, trustKeyIdHeader, trustedProxies, value);
  }
}
