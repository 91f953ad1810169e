package com.pilotstatus.embed.connect.pairing;

import static org.assertj.core.api.Assertions.assertThat;

import com.pilotstatus.embed.connect.testing.ConnectStack;
import com.pilotstatus.embed.connect.testing.ConnectStack.Link;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Seed 003's public token endpoints, re-served on connect-app's origin: the platform's answers, unchanged. */
class PublicEndpointsTest {

  private static ConnectStack stack;

  @BeforeAll
  static void start() {
    stack = ConnectStack.start(c -> c);
  }

  @AfterAll
  static void stop() {
    stack.close();
  }

  @Test
  void the_link_endpoint_answers_what_the_platform_answers() {
    Link link = stack.createLink("");

    HttpResponse<String> ours = stack.get("/v1/remote-pairing/" + link.token());
    HttpResponse<String> platform = stack.platformGet("/v1/remote-pairing/" + link.token());

    assertThat(ours.statusCode()).isEqualTo(200);
    assertThat(ours.body()).isEqualTo(platform.body()).contains("\"valid\":true");
    assertThat(ours.headers().firstValue("Cache-Control")).contains("no-store");
  }

  @Test
  void connect_then_status_report_the_running_batch() {
    Link link = stack.createLink("");

    HttpResponse<String> connect = stack.post("/v1/remote-pairing/" + link.token() + "/connect", "application/json",
        "");
    HttpResponse<String> status = stack.get("/v1/remote-pairing/" + link.token() + "/status");

    assertThat(connect.statusCode()).isEqualTo(200);
    assertThat(connect.body()).contains("\"qrcodeBase64\"").contains("\"pairingCode\"");
    assertThat(status.body()).contains("\"phase\":\"qr\"");
  }

  @Test
  void the_branding_endpoint_answers_the_links_branding() {
    Link link = stack.createLink("\"brandingOverride\":{\"title\":\"Acme\"}");

    HttpResponse<String> branding = stack.get("/v1/connect/" + link.token() + "/branding");

    assertThat(branding.statusCode()).isEqualTo(200);
    assertThat(branding.body()).contains("\"title\":\"Acme\"");
  }

  @Test
  void unknown_and_malformed_tokens_get_the_platforms_404() {
    HttpResponse<String> unknown = stack.get("/v1/remote-pairing/00000000-0000-4000-8000-000000000000");
    HttpResponse<String> malformed = stack.get("/v1/remote-pairing/not%2Fa%2Ftoken");

    assertThat(unknown.statusCode()).isEqualTo(404);
    assertThat(unknown.body()).contains("\"valid\":false");
    assertThat(malformed.statusCode()).isEqualTo(404);
    assertThat(malformed.body()).contains("\"valid\":false");
  }
}
