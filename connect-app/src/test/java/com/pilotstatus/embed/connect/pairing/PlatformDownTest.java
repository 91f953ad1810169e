package com.pilotstatus.embed.connect.pairing;

import static com.pilotstatus.embed.connect.testing.Html.attr;
import static com.pilotstatus.embed.connect.testing.Html.state;
import static org.assertj.core.api.Assertions.assertThat;

import com.pilotstatus.embed.connect.ConnectApp;
import com.pilotstatus.embed.connect.ConnectConfig;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

/** connect-app in front of a platform that does not answer. */
class PlatformDownTest {

  @Test
  void an_unreachable_platform_shows_the_error_state_with_a_message() throws Exception {
    int deadPort;
    try (ServerSocket socket = new ServerSocket(0)) {
      deadPort = socket.getLocalPort();
    }
    try (ConnectApp app = ConnectApp.start(ConnectConfig.defaults().withPort(0)
        .withPlatformUrl("http://localhost:" + deadPort))) {
      HttpResponse<String> page = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
              URI.create("http://localhost:" + app.port() + "/connect/2f0c2b8e-1111-4222-8333-944455556666")).build(),
          HttpResponse.BodyHandlers.ofString());

      assertThat(page.statusCode()).isEqualTo(503);
      assertThat(state(page.body())).isEqualTo("error");
      assertThat(attr(page.body(), "id=\"state\"", "data-message")).contains("unavailable");
    }
  }
}
