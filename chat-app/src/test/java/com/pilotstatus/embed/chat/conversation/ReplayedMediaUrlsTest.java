package com.pilotstatus.embed.chat.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import com.pilotstatus.embed.chat.testing.ChatStack;
import com.pilotstatus.embed.chat.testing.LiveClient;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Issue 18 (media leftovers): live events replayed on resume ({@code Last-Event-ID}) might carry the signed media URLs
 * of their first delivery, expired by then. They must not: a frame is rendered, and its URLs signed, when it is
 * delivered to a stream. Over real HTTP with media URLs that live 2 s ({@code PS_CHAT_MEDIA_URL_SECONDS}).
 */
class ReplayedMediaUrlsTest {

  private static final String HOST = "https://host.example";
  private static final Pattern MEDIA_URL = Pattern.compile("(/media/med_[0-9a-f]+\\?exp=[0-9]+&amp;sig=[A-Za-z0-9_-]+)");

  private static ChatStack stack;
  private static final HttpClient HTTP = HttpClient.newHttpClient();

  @BeforeAll
  static void start() {
    stack = ChatStack.start(c -> c.withMediaUrlLifetime(Duration.ofSeconds(2)));
  }

  @AfterAll
  static void stop() {
    stack.close();
  }

  @Test
  void a_replayed_photo_frame_carries_a_url_signed_at_replay_not_the_expired_first_one() throws Exception {
    String token = stack.mint(List.of(ChatStack.DEMO_NUMBER), List.of(HOST), 900);
    String from = "+55119" + (10_000_000 + ThreadLocalRandom.current().nextInt(89_999_999));
    String first;
    String delivered;
    try (LiveClient live = LiveClient.open(stack.chatPort(), token, HOST, null, 0, true)) {
      stack.inbound(ChatStack.DEMO_NUMBER, from, "Rita Replay", "Oi");
      first = live.await(e -> e.name().equals("message"), 10).id();
      stack.inboundWith(ChatStack.DEMO_NUMBER, from, "Rita Replay", Map.of("media", Map.of("kind", "image")));
      delivered = mediaUrl(live.await(e -> e.name().equals("message") && e.data().contains("media-image"), 10));
    }
    assertThat(status(delivered)).isEqualTo(200);
    long deadline = System.currentTimeMillis() + 10_000;
    while (status(delivered) != 404 && System.currentTimeMillis() < deadline) {
      Thread.sleep(200); // the first URL's life running out; its expiry is the point of the test
    }
    assertThat(status(delivered)).as("the first delivery's URL, expired").isEqualTo(404);

    try (LiveClient resumed = LiveClient.open(stack.chatPort(), token, HOST, first, 0, true)) {
      String replayed = mediaUrl(resumed.await(e -> e.name().equals("message") && e.data().contains("media-image"),
          10));

      assertThat(replayed).isNotEqualTo(delivered);
      assertThat(status(replayed)).isEqualTo(200);
    }
  }

  private static String mediaUrl(LiveClient.Event event) {
    Matcher m = MEDIA_URL.matcher(event.data());
    assertThat(m.find()).as("a media URL in " + event.data()).isTrue();
    return m.group(1).replace("&amp;", "&");
  }

  private static int status(String path) throws Exception {
    return HTTP.send(HttpRequest.newBuilder(URI.create(stack.chatUrl() + path)).GET().build(),
        HttpResponse.BodyHandlers.discarding()).statusCode();
  }
}
