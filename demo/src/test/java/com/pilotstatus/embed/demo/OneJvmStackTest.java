package com.pilotstatus.embed.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The launcher's whole stack in one JVM, as {@code ./sandbox.sh} runs it. */
class OneJvmStackTest {

  /**
   * chat-app, connect-app and the demo each precompile a {@code layout/page.jte}; in one JVM each must still render
   * with its own (the chat shell and the connect page answered 500 while all apps shared jte's default template package).
   */
  @Test
  void every_server_renders_its_own_pages_in_one_jvm() {
    try (DemoTestStack stack = DemoTestStack.start()) {
      DemoTestStack.Answer shell = stack.get(stack.chat + "/?parentOrigin="
          + URLEncoder.encode(stack.demo, StandardCharsets.UTF_8));
      DemoTestStack.Answer preview = stack.get(stack.connect + "/preview?state=qr");
      DemoTestStack.Answer inbox = stack.get(stack.demo + "/");

      assertThat(shell.status()).isEqualTo(200);
      assertThat(shell.body()).containsPattern("/assets/chat-runtime\\.[0-9a-f]{20}\\.js");
      assertThat(preview.status()).isEqualTo(200);
      assertThat(preview.body()).contains("data-state=\"qr\"");
      assertThat(inbox.status()).isEqualTo(200);
      assertThat(inbox.body()).contains("Acme CRM").contains("/assets/inbox.js");
      assertThat(stack.urls()).containsEntry("Demo host SaaS (open this)", stack.demo + "/");
    }
  }

  /**
   * Issue 14: {@code /favicon.ico} was 404 on the demo and connect, and chat-app answered it with its "No such
   * conversation" page: every page load logged a failed request.
   */
  @Test
  void favicon_is_an_icon_on_demo_chat_and_connect() {
    try (DemoTestStack stack = DemoTestStack.start()) {
      for (String origin : java.util.List.of(stack.demo, stack.chat, stack.connect)) {
        DemoTestStack.Answer icon = stack.get(origin + "/favicon.ico");

        assertThat(icon.status()).as(origin).isEqualTo(200);
        assertThat(icon.raw().headers().firstValue("Content-Type")).as(origin).hasValue("image/x-icon");
        assertThat(icon.body()).as(origin).startsWith("\u0000\u0000\u0001\u0000");
      }
    }
  }

  /**
   * Issue 14: the launcher's banner linked "Platform sandbox API …/v1", which answered 404. Every printed URL answers
   * (the chat iframe's own page says, with a 400, that it must be framed by the SDK), and /v1 lists the API.
   */
  @Test
  void no_url_the_launcher_prints_is_a_404() {
    try (DemoTestStack stack = DemoTestStack.start()) {
      for (var url : stack.urls().entrySet()) {
        assertThat(stack.get(url.getValue()).status()).as(url.getKey() + " " + url.getValue())
            .isNotEqualTo(404).isLessThan(500);
      }
      DemoTestStack.Answer api = stack.get(stack.urls().get("Platform sandbox API"));
      assertThat(api.status()).isEqualTo(200);
      assertThat(api.json().path("openapi").asText()).isEqualTo("/v1/openapi.yaml");
      assertThat(api.json().path("endpoints").toString()).contains("POST /v1/embed/sessions");
    }
  }
}
