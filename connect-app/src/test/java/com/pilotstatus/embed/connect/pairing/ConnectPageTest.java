package com.pilotstatus.embed.connect.pairing;

import static com.pilotstatus.embed.connect.testing.Html.attr;
import static com.pilotstatus.embed.connect.testing.Html.state;
import static org.assertj.core.api.Assertions.assertThat;

import com.pilotstatus.embed.connect.testing.ConnectStack;
import com.pilotstatus.embed.connect.testing.ConnectStack.Link;
import com.pilotstatus.embed.connect.testing.Html;
import com.pilotstatus.embed.connect.testing.QrDecoder;
import com.pilotstatus.embed.testing.Bundles;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The connect page's states over real HTTP, against a real platform sandbox (default QR timings: refs live 60 s, so
 * nothing expires under a test; linking takes 300 ms).
 */
class ConnectPageTest {

  private static ConnectStack stack;

  @BeforeAll
  static void start() {
    stack = ConnectStack.start(ConnectStack.fastQr(6, 60_000, 300), c -> c);
  }

  @AfterAll
  static void stop() {
    stack.close();
  }

  @Test
  void opening_the_page_does_not_consume_the_token() {
    Link link = stack.createLink("");

    HttpResponse<String> first = stack.get(link.page());
    HttpResponse<String> again = stack.get(link.page());

    assertThat(first.statusCode()).isEqualTo(200);
    assertThat(again.statusCode()).isEqualTo(200);
    assertThat(stack.platformGet("/v1/remote-pairing/" + link.token()).statusCode()).isEqualTo(200);
  }

  @Test
  void a_fresh_link_shows_loading_and_starts_no_batch_until_the_page_script_asks() {
    Link link = stack.createLink("");

    HttpResponse<String> page = stack.get(link.page());

    assertThat(state(page.body())).isEqualTo("loading");
    assertThat(stack.platformStatus(link).path("phase").asText()).isEqualTo("idle");
  }

  @Test
  void starting_a_batch_shows_the_qr_its_pairing_code_and_the_countdown() {
    Link link = stack.createLink("");

    HttpResponse<String> fragment = stack.post(link.page() + "/batch", "application/json", "");

    assertThat(state(fragment.body())).isEqualTo("qr");
    assertThat(fragment.body()).contains("<svg").containsPattern("id=\"pairing-code\">[1-9A-Z]{4}-[1-9A-Z]{4}<");
    assertThat(Long.parseLong(attr(fragment.body(), "id=\"state\"", "data-expires-in"))).isBetween(50_000L, 60_000L);
    assertThat(fragment.body()).contains("1 of 6");
  }

  @Test
  void the_rendered_qr_decodes_back_to_the_platforms_payload() {
    Link link = stack.createLink("");
    stack.post(link.page() + "/batch", "application/json", "");

    HttpResponse<String> page = stack.get(link.page());

    assertThat(QrDecoder.decode(Html.svg(page.body())))
        .isEqualTo(stack.platformStatus(link).path("qrcode").asText())
        .isNotEmpty();
  }

  @Test
  void a_poll_that_changes_nothing_answers_204() {
    Link link = stack.createLink("");
    String key = attr(stack.post(link.page() + "/batch", "application/json", "").body(), "id=\"state\"", "data-key");

    HttpResponse<String> poll = stack.get(link.page() + "/state?since=" + key);

    assertThat(poll.statusCode()).isEqualTo(204);
    assertThat(poll.body()).isEmpty();
  }

  @Test
  void a_scan_shows_linking_then_connected_with_the_number_id() {
    Link link = stack.createLink("");
    stack.post(link.page() + "/batch", "application/json", "");
    stack.scan(link);

    String linking = stack.get(link.page() + "/state").body();
    String connected = eventually(() -> stack.get(link.page() + "/state").body(), "connected");

    assertThat(state(linking)).isEqualTo("linking");
    assertThat(attr(connected, "id=\"state\"", "data-number-id")).isEqualTo(link.numberId());
  }

  @Test
  void a_used_link_shows_the_expired_page() {
    Link link = stack.createLink("");
    stack.post(link.page() + "/batch", "application/json", "");
    stack.scan(link);
    eventually(() -> stack.get(link.page() + "/state").body(), "connected");

    HttpResponse<String> page = stack.get(link.page());

    assertThat(page.statusCode()).isEqualTo(404);
    assertThat(state(page.body())).isEqualTo("expired");
  }

  @Test
  void an_unknown_or_malformed_token_shows_the_expired_page() {
    HttpResponse<String> unknown = stack.get("/connect/00000000-0000-4000-8000-000000000000");
    HttpResponse<String> malformed = stack.get("/connect/..%2F..%2Fv1%2Fnumbers");

    assertThat(unknown.statusCode()).isEqualTo(404);
    assertThat(state(unknown.body())).isEqualTo("expired");
    assertThat(unknown.body()).contains("This link is no longer valid");
    assertThat(malformed.statusCode()).isEqualTo(404);
  }

  @Test
  void every_page_response_carries_the_security_headers() {
    Link link = stack.createLink("");

    HttpResponse<String> page = stack.get(link.page());

    assertThat(page.headers().firstValue("Referrer-Policy")).contains("no-referrer");
    assertThat(page.headers().firstValue("Cache-Control")).contains("no-store");
    assertThat(page.headers().firstValue("Content-Security-Policy").orElseThrow())
        .contains("frame-ancestors https: http://localhost:* http://127.0.0.1:*")
        .contains("script-src 'self' https://connect.facebook.net;");
    assertThat(page.headers().firstValue("Cross-Origin-Opener-Policy")).isEmpty();
  }

  @Test
  void a_stated_parent_origin_alone_may_frame_the_page_and_is_handed_to_the_runtime() {
    Link link = stack.createLink("");

    HttpResponse<String> page = stack.get(link.page() + "?parentOrigin=https%3A%2F%2Fapp.acme.com");

    assertThat(page.headers().allValues("Content-Security-Policy")).contains("frame-ancestors https://app.acme.com");
    assertThat(attr(page.body(), "<body", "data-parent-origin")).isEqualTo("https://app.acme.com");
  }

  @Test
  void an_invalid_parent_origin_gives_the_page_no_parent_to_talk_to() {
    Link link = stack.createLink("");

    HttpResponse<String> star = stack.get(link.page() + "?parentOrigin=*");
    HttpResponse<String> http = stack.get(link.page() + "?parentOrigin=http%3A%2F%2Fapp.acme.com");

    assertThat(attr(star.body(), "<body", "data-parent-origin")).isNull();
    assertThat(attr(http.body(), "<body", "data-parent-origin")).isNull();
    assertThat(star.headers().allValues("Content-Security-Policy")).hasSize(1);
  }

  @Test
  void the_page_speaks_the_requested_or_accepted_language_and_theme() {
    Link link = stack.createLink("");

    String pt = stack.get(link.page() + "?locale=pt").body();
    String es = stack.get(link.page(), "Accept-Language", "es-MX,es;q=0.9,en;q=0.5").body();
    String dark = stack.get(link.page() + "?theme=dark").body();

    assertThat(pt).contains("lang=\"pt-BR\"").contains("Preparando seu código");
    assertThat(es).contains("lang=\"es-ES\"").contains("Preparando tu código");
    assertThat(dark).contains("data-theme=\"dark\"").contains("--ps-bg:#111b21");
  }

  @Test
  void the_hosts_appearance_variables_reach_the_pages_style_and_its_own_urls() {
    Link link = stack.createLink("");

    String body = stack.get(link.page() + "?colorPrimary=%23635BFF&fontFamily=Inter%2C%20sans-serif&borderRadius=4px"
        + "&spacingUnit=0.375rem").body();

    assertThat(body).contains("--ps-primary:#635bff;--ps-on-primary:#ffffff;")
        .contains(";--ps-font:Inter, sans-serif;--ps-radius:4px;--ps-space:0.375rem}</style>");
    assertThat(attr(body, "<body", "data-state-url"))
        .contains("colorPrimary=%23635BFF").contains("borderRadius=4px").contains("spacingUnit=0.375rem");
  }

  @Test
  void appearance_values_that_try_to_leave_the_declaration_are_never_rendered() {
    Link link = stack.createLink("");

    String plain = style(stack.get(link.page()).body());
    String hostile = style(stack.get(link.page() + "?colorPrimary=red%3B%7Dbody%7Bdisplay%3Anone"
        + "&fontFamily=Inter%3B%7Dbody%7Bbackground%3Aurl(javascript%3Aalert(1))%7D&borderRadius=url(x)"
        + "&colorDanger=%23fff%3C%2Fstyle%3E&fontSizeBase=99px").body());

    assertThat(hostile).as("the page as if no appearance was asked for").isEqualTo(plain);
  }

  /** The page's one inline style element, nonce left out (it changes per response). */
  private static String style(String html) {
    String style = html.substring(html.indexOf("<style"), html.indexOf("</style>"));
    return style.substring(style.indexOf('>'));
  }

  @Test
  void the_page_script_is_served_same_origin() {
    HttpResponse<String> js = stack.get("/assets/connect-runtime.js");

    assertThat(js.statusCode()).isEqualTo(200);
    assertThat(js.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/javascript");
    assertThat(js.body()).isEqualTo(Bundles.read("connect-runtime.js"));
  }

  static String eventually(Supplier<String> poll, String wantedState) {
    long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
    String last = null;
    while (System.nanoTime() < deadline) {
      last = poll.get();
      if (wantedState.equals(state(last))) {
        return last;
      }
      try {
        Thread.sleep(100);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    }
    throw new AssertionError("state never became " + wantedState + "; last: " + last);
  }
}
