package com.pilotstatus.embed.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.pilotstatus.embed.testing.FreePorts;
import io.javalin.Javalin;
import io.javalin.config.JavalinConfig;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Consumer;

/**
 * A host SaaS of a test's own, on {@code http://NAME.acme.test:PORT} (another origin than the demo's), with the
 * backend routes a customer writes: {@code /token/chat} (a chat token for this origin) and {@code /token/connect} (a
 * new pairing link's token, and its number's id for a test's sandbox scan), both minted on the {@link E2eStack}'s platform with the tenant key. The test adds its
 * pages with {@code routes}.
 */
final class TestHost implements AutoCloseable {

  private final Javalin server;
  final String origin;

  private TestHost(Javalin server, String origin) {
    this.server = server;
    this.origin = origin;
  }

  static TestHost start(E2eStack stack, String name, Consumer<JavalinConfig> routes) {
    int port = FreePorts.pick();
    String origin = "http://" + name + ".acme.test:" + port;
    Javalin server = Javalin.create(config -> {
      config.startup.showJavalinBanner = false;
      config.routes.get("/token/chat", ctx -> ctx.json(Map.of("token", stack.platform("POST", "/v1/embed/sessions",
          "{\"surface\":\"chat\",\"whatsappNumberIds\":[\"" + E2eStack.DEMO_NUMBER + "\"],\"allowedOrigins\":[\""
              + origin + "\"],\"ttlSeconds\":900}").path("token").asText())));
      config.routes.get("/token/connect", ctx -> {
        JsonNode link = stack.platform("POST", "/v1/numbers/remote-pairing", "{\"name\":\"Test host\",\"number\":\"+55119"
            + (10_000_000 + ThreadLocalRandom.current().nextInt(89_999_999)) + "\",\"sendViaWhatsApp\":false}");
        String url = link.path("remotePairingUrl").asText();
        ctx.json(Map.of("token", url.substring(url.lastIndexOf('/') + 1), "numberId",
            link.path("instance").path("id").asText()));
      });
      routes.accept(config);
    }).start(port);
    return new TestHost(server, origin);
  }

  @Override
  public void close() {
    server.stop();
  }
}
