package com.pilotstatus.embed.connect.preview;

import static com.pilotstatus.embed.connect.testing.Html.attr;
import static com.pilotstatus.embed.connect.testing.Html.state;
import static org.assertj.core.api.Assertions.assertThat;

import com.pilotstatus.embed.connect.testing.ConnectStack;
import com.pilotstatus.embed.connect.testing.QrDecoder;
import com.pilotstatus.embed.connect.testing.Html;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** {@code /preview}: every state with sample data and query branding, without a token. */
class PreviewTest {

  private static ConnectStack stack;

  @BeforeAll
  static void start() {
    stack = ConnectStack.start(c -> c);
  }

  @AfterAll
  static void stop() {
    stack.close();
  }

  @ParameterizedTest
  @CsvSource({"qr,qr", "code,qr", "linking,linking", "connected,connected", "idle,idle", "expired,expired",
      "error,error", "loading,loading", "meta-embedded,meta-embedded", "meta-credentials,meta-credentials"})
  void each_state_renders_without_a_token(String param, String shown) {
    String page = stack.get("/preview?state=" + param).body();

    assertThat(state(page)).isEqualTo(shown);
    assertThat(attr(page, "<body", "data-state-url")).isNull();
  }

  @Test
  void the_code_state_opens_on_the_pairing_code_tab() {
    String page = stack.get("/preview?state=code").body();

    assertThat(attr(page, "id=\"app\"", "data-tab")).isEqualTo("code");
    assertThat(page).contains("ABCD-EFGH");
  }

  @Test
  void the_preview_qr_is_a_real_qr_code() {
    String page = stack.get("/preview?state=qr").body();

    assertThat(QrDecoder.decode(Html.svg(page))).isEqualTo(PreviewHandler.SAMPLE_QR);
  }

  @Test
  void query_branding_applies_and_invalid_values_do_not() {
    String page = stack.get("/preview?state=connected&primaryColor=%23ff6600&backgroundColor=blue"
        + "&title=Acme+%26+Co&logoUrl=http%3A%2F%2Flocalhost%3A9%2Flogo.png").body();

    assertThat(page).contains("--ps-primary:#ff6600").contains("--ps-bg:#ffffff").contains("Acme &amp; Co")
        .contains("src=\"http://localhost:9/logo.png\"");
  }
}
