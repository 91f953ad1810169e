package com.pilotstatus.embed.demo.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import com.pilotstatus.embed.testing.FreePorts;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The launcher's stack: what it derives from the environment, and that every server renders its own pages. */
class SandboxStackTest {

  @Test
  void origins_follow_the_ports_and_webhooks_go_to_the_demo() {
    Map<String, String> env = SandboxStack.withDerivedDefaults(Map.of("PS_CHAT_PORT", "9081", "PS_DEMO_PORT", "9090"));

    assertThat(env).containsEntry("PS_CHAT_ORIGIN", "http://localhost:9081")
        .containsEntry("PS_CONNECT_ORIGIN", "http://localhost:8082")
        .containsEntry("PS_PLATFORM_URL", "http://localhost:8080")
        .containsEntry("PS_DEMO_ORIGIN", "http://localhost:9090")
        .containsEntry("PS_SANDBOX_WEBHOOK_URL", "http://localhost:9090/webhooks/pilot-status")
        .containsEntry("PS_SANDBOX_WEBHOOK_SECRET", "whsec_sandbox_demo")
        .containsEntry("PS_LAUNCH_SANDBOX", "true");
  }

  @Test
  void explicit_settings_win_over_derived_ones() {
    Map<String, String> env = SandboxStack.withDerivedDefaults(Map.of(
        "PS_CHAT_ORIGIN", "https://chat.example.com", "PS_DEMO_WEBHOOK_SECRET", "whsec_mine"));

    assertThat(env).containsEntry("PS_CHAT_ORIGIN", "https://chat.example.com")
        .containsEntry("PS_SANDBOX_WEBHOOK_SECRET", "whsec_mine");
  }

  /**
   * chat-app, connect-app and the demo each precompile a {@code layout/page.jte}; in one JVM each must still render
   * with its own (the chat shell and the connect page answered 500 while all apps shared jte's default template package).
   */
  @Test
  void every_server_renders_its_own_pages_in_one_jvm() throws Exception {
    try (Started started = FreePorts.retrying(SandboxStackTest::startOnFreePorts)) {
      int demo = started.demo();
      int chat = started.chat();
      int connect = started.connect();
      SandboxStack stack = started.stack();
      String parent = "?parentOrigin=http%3A%2F%2Flocalhost%3A" + demo;

      HttpResponse<String> shell = get("http://localhost:" + chat + "/" + parent);
      HttpResponse<String> preview = get("http://localhost:" + connect + "/preview?state=qr");
      HttpResponse<String> inbox = get("http://localhost:" + demo + "/");

      assertThat(shell.statusCode()).isEqualTo(200);
      assertThat(shell.body()).contains("chat-runtime.js");
      assertThat(preview.statusCode()).isEqualTo(200);
      assertThat(preview.body()).contains("data-state=\"qr\"");
      assertThat(inbox.statusCode()).isEqualTo(200);
      assertThat(inbox.body()).contains("Acme CRM").contains("/assets/inbox.js");
      assertThat(stack.urls()).containsEntry("Demo host SaaS (open this)", "http://localhost:" + demo + "/");
    }
  }

  /** The stack and the ports it was given (picked anew on each try). */
  private record Started(SandboxStack stack, int demo, int chat, int connect) implements AutoCloseable {
    @Override
    public void close() {
      stack.close();
    }
  }

  private static Started startOnFreePorts() {
    int demo = FreePorts.pick();
    int chat = FreePorts.pick();
    int connect = FreePorts.pick();
    SandboxStack stack = SandboxStack.start(Map.of("PS_PLATFORM_PORT", Integer.toString(FreePorts.pick()),
        "PS_CHAT_PORT", Integer.toString(chat), "PS_CONNECT_PORT", Integer.toString(connect),
        "PS_CDN_PORT", Integer.toString(FreePorts.pick()), "PS_DEMO_PORT", Integer.toString(demo)));
    return new Started(stack, demo, chat, connect);
  }

  private static HttpResponse<String> get(String url) throws IOException, InterruptedException {
    return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url)).build(),
        HttpResponse.BodyHandlers.ofString());
  }
}
