package com.pilotstatus.embed.connect.preview;

import static org.assertj.core.api.Assertions.assertThat;

import com.pilotstatus.embed.connect.testing.ConnectStack;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Issue 16, item 9, from the attacker's side: {@code /preview} renders text from its query string, so a hostile site
 * could frame it with its own title and colours and pass it off as a real pairing page. Before the fix the preview
 * answered with the pairing page's {@code frame-ancestors} (any https origin); now its policy limits framing to the
 * connect origin itself, and what the query brings in is escaped.
 */
class PreviewFramingTest {

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
  void preview_can_be_framed_only_by_its_own_origin() {
    HttpResponse<String> preview = stack.get("/preview?state=qr&parentOrigin=https%3A%2F%2Fevil.example");
    List<String> policies = preview.headers().allValues("Content-Security-Policy");
    assertThat(policies).first().satisfies(p -> assertThat(p).endsWith("; frame-ancestors 'self'"));
    assertThat(policies).allSatisfy(p -> assertThat(p).doesNotContain("unsafe-inline"));
  }

  @Test
  void preview_escapes_query_text() {
    String payload = "<script>alert(1)</script><img src=x onerror=alert(2)>\"'";
    String page = stack.get("/preview?state=connected&title="
        + java.net.URLEncoder.encode(payload, java.nio.charset.StandardCharsets.UTF_8)).body();
    assertThat(page).doesNotContain("<script>alert(1)").doesNotContain("<img src=x");
  }

  @Test
  void every_html_response_keeps_a_csp() {
    ConnectStack.Link link = stack.createLink("");
    for (String path : List.of("/preview?state=qr", "/connect/" + link.token(),
        "/connect/" + link.token() + "/state?since=any", "/connect/00000000-0000-4000-8000-000000000000")) {
      HttpResponse<String> answer = stack.get(path);
      if (answer.headers().firstValue("Content-Type").orElse("").startsWith("text/html") && !answer.body().isEmpty()) {
        assertThat(answer.headers().allValues("Content-Security-Policy")).as(path)
            .anySatisfy(p -> assertThat(p).contains("default-src 'none'"));
      }
    }
  }
}
