package com.pilotstatus.embed.platform.branding;

import static com.pilotstatus.embed.platform.testing.Sandbox.tenant;
import static org.assertj.core.api.Assertions.assertThat;

import com.pilotstatus.embed.platform.testing.Api;
import com.pilotstatus.embed.platform.testing.Reply;
import com.pilotstatus.embed.platform.testing.SandboxTest;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@code GET/PUT /v1/branding}, validated with shared-protocol's branding rules. */
class BrandingTest extends SandboxTest {

  @Test
  void put_then_get_returns_the_normalised_branding() {
    Reply put = api.put("/v1/branding", Api.json("branding", Map.of("primaryColor", "#FF6600",
        "logoUrl", "https://cdn.example.com/logo.png", "title", "  Conecte seu WhatsApp  ")), tenant());
    assertThat(put.status()).isEqualTo(200);
    Reply get = api.get("/v1/branding", tenant());
    assertThat(get.at("/branding/primaryColor")).isEqualTo("#ff6600");
    assertThat(get.at("/branding/logoUrl")).isEqualTo("https://cdn.example.com/logo.png");
    assertThat(get.at("/branding/title")).isEqualTo("Conecte seu WhatsApp");
  }

  @Test
  void bad_values_are_400_naming_the_field() {
    assertThat(api.put("/v1/branding", Api.json("branding", Map.of("primaryColor", "red")), tenant()).errorField())
        .isEqualTo("branding.primaryColor");
    assertThat(api.put("/v1/branding", Api.json("branding", Map.of("logoUrl", "javascript:alert(1)")), tenant())
        .errorField()).isEqualTo("branding.logoUrl");
    assertThat(api.put("/v1/branding", Api.json("branding", Map.of("title", "x".repeat(81))), tenant())
        .errorField()).isEqualTo("branding.title");
    assertThat(api.put("/v1/branding", Api.json("branding", Map.of("fontFamily", "Comic")), tenant())
        .errorField()).isEqualTo("branding.fontFamily");
  }
}
