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
      assertThat(shell.body()).contains("chat-runtime.js");
      assertThat(preview.status()).isEqualTo(200);
      assertThat(preview.body()).contains("data-state=\"qr\"");
      assertThat(inbox.status()).isEqualTo(200);
      assertThat(inbox.body()).contains("Acme CRM").contains("/assets/inbox.js");
      assertThat(stack.urls()).containsEntry("Demo host SaaS (open this)", stack.demo + "/");
    }
  }
}
