package com.pilotstatus.embed.connect.meta;

import static com.pilotstatus.embed.connect.testing.Html.attr;
import static com.pilotstatus.embed.connect.testing.Html.state;
import static org.assertj.core.api.Assertions.assertThat;

import com.pilotstatus.embed.connect.testing.ConnectStack;
import com.pilotstatus.embed.connect.testing.ConnectStack.Link;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The Meta flows' server side over real HTTP: credentials form posts and the Embedded Signup hand-off. */
class MetaFlowsTest {

  private static final String FORM = "application/x-www-form-urlencoded";
  private static ConnectStack stack;

  @BeforeAll
  static void start() {
    stack = ConnectStack.start(c -> c.withMeta("1234567890", "987654321", "https://connect.facebook.net/en_US/sdk.js",
        "https://www.facebook.com"));
  }

  @AfterAll
  static void stop() {
    stack.close();
  }

  @Test
  void a_credentials_link_shows_the_form() {
    Link link = stack.createLink("\"provider\":\"META\",\"metaFlow\":\"credentials\"");

    String page = stack.get(link.page()).body();

    assertThat(state(page)).isEqualTo("meta-credentials");
    assertThat(page).contains("name=\"wabaId\"").contains("name=\"accessToken\" type=\"password\"");
  }

  @Test
  void invalid_credentials_get_field_errors_and_the_token_is_never_echoed() {
    Link link = stack.createLink("\"provider\":\"META\",\"metaFlow\":\"credentials\"");

    HttpResponse<String> answer = stack.post(link.page() + "/meta/credentials", FORM,
        "wabaId=12ab&phoneNumberId=109876543210987&accessToken=NOTAMETATOKEN-secret-value");

    assertThat(answer.statusCode()).isEqualTo(400);
    assertThat(answer.body()).contains("Enter the 5 to 20 digit WhatsApp Business Account ID.")
        .contains("value=\"109876543210987\"").doesNotContain("NOTAMETATOKEN");
  }

  @Test
  void valid_credentials_connect_the_number() {
    Link link = stack.createLink("\"provider\":\"META\",\"metaFlow\":\"credentials\"");

    HttpResponse<String> answer = stack.post(link.page() + "/meta/credentials", FORM,
        "wabaId=123456789012345&phoneNumberId=109876543210987&accessToken=EAAGm0PX4ZCpsBAKZCxyz123456");

    assertThat(answer.statusCode()).isEqualTo(200);
    assertThat(state(answer.body())).isEqualTo("connected");
    assertThat(attr(answer.body(), "id=\"state\"", "data-number-id")).isEqualTo(link.numberId());
    assertThat(answer.body()).doesNotContain("EAAGm0PX4ZCpsBAKZCxyz123456");
  }

  @Test
  void an_embedded_link_shows_the_facebook_button_and_loads_the_sdk() {
    Link link = stack.createLink("\"provider\":\"META\"");

    String page = stack.get(link.page()).body();

    assertThat(state(page)).isEqualTo("meta-embedded");
    assertThat(page).contains("data-action=\"meta-login\"")
        .contains("src=\"https://connect.facebook.net/en_US/sdk.js\"")
        .contains("data-meta-origin=\"https://www.facebook.com\"");
  }

  @Test
  void the_embedded_signup_result_is_handed_to_the_platform() {
    Link link = stack.createLink("\"provider\":\"META\"");

    String fragment = stack.post(link.page() + "/meta/embedded", "application/json",
        "{\"code\":\"AQBx-fake-code\",\"wabaId\":\"123456789012345\",\"phoneNumberId\":\"109876543210987\"}").body();

    assertThat(state(fragment)).isEqualTo("connected");
    assertThat(attr(fragment, "id=\"state\"", "data-number-id")).isEqualTo(link.numberId());
  }

  @Test
  void an_incomplete_embedded_signup_result_is_an_error() {
    Link link = stack.createLink("\"provider\":\"META\"");

    String fragment = stack.post(link.page() + "/meta/embedded", "application/json",
        "{\"code\":\"AQBx\",\"wabaId\":\"\",\"phoneNumberId\":\"109876543210987\"}").body();

    assertThat(state(fragment)).isEqualTo("error");
  }
}
