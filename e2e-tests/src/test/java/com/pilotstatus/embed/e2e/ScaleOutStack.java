package com.pilotstatus.embed.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.pilotstatus.embed.cdn.CdnConfig;
import com.pilotstatus.embed.cdn.EmbedCdn;
import com.pilotstatus.embed.chat.ChatApp;
import com.pilotstatus.embed.connect.ConnectApp;
import com.pilotstatus.embed.demo.DemoApp;
import com.pilotstatus.embed.demo.DemoConfig;
import com.pilotstatus.embed.kit.config.Env;
import com.pilotstatus.embed.kit.config.KitSettings;
import com.pilotstatus.embed.kit.testing.ChildServer;
import com.pilotstatus.embed.platform.PlatformSandbox;
import com.pilotstatus.embed.platform.SandboxConfig;
import com.pilotstatus.embed.platform.feed.ServiceCredential;
import com.pilotstatus.embed.testing.FreePorts;
import com.pilotstatus.embed.testing.Nginx;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The stack of {@link ScaleOutIT}: two chat-app and two connect-app instances, each its own JVM (so a SIGTERM is a
 * real one), with the same settings but their ports, behind one real nginx — round robin, no stickiness, strictly
 * alternating — at {@code chat.pilot.test} and {@code connect.pilot.test}; and, in this JVM, one platform sandbox,
 * the embed-cdn (whose {@code embed.js} names the nginx origins) and the demo host SaaS at {@code app.acme.test}.
 * {@link #close} stops everything that started, even after a failed start.
 */
final class ScaleOutStack implements AutoCloseable {

  static final String TENANT_KEY = "ps_e2e_scale_tenant_key";
  static final String DEMO_NUMBER = "wa_demo";
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
      .connectTimeout(Duration.ofSeconds(5)).build();

  /** One front-end process behind nginx. */
  record Instance(String name, int port, ChildServer process) {

    /** How nginx names it in {@code X-PS-Upstream}. */
    String upstream() {
      return "127.0.0.1:" + port;
    }

    /** A gauge from its {@code /metrics} (Prometheus name, without labels), or -1 when it does not answer. */
    double gauge(String name) {
      try {
        HttpResponse<String> metrics = get("http://127.0.0.1:" + port + "/metrics");
        Matcher m = Pattern.compile("(?m)^" + Pattern.quote(name) + "\\{[^}]*} (\\S+)$").matcher(metrics.body());
        return m.find() ? Double.parseDouble(m.group(1)) : -1;
      } catch (IOException e) {
        return -1;
      }
    }

    @Override
    public String toString() {
      return name + " (port " + port + ")";
    }
  }

  final List<Instance> chat = new ArrayList<>();
  final List<Instance> connect = new ArrayList<>();
  final Nginx nginx;
  final String hostOrigin;
  final String chatOrigin;
  final String connectOrigin;
  final String cdnOrigin;
  final String platformUrl;
  private final List<AutoCloseable> started = new ArrayList<>();

  private ScaleOutStack() {
    int platformPort = FreePorts.pick();
    int cdnPort = FreePorts.pick();
    int demoPort = FreePorts.pick();
    List<Integer> chatPorts = List.of(FreePorts.pick(), FreePorts.pick());
    List<Integer> connectPorts = List.of(FreePorts.pick(), FreePorts.pick());
    nginx = Nginx.balancingEachStrictly(List.of(chatPorts, connectPorts));
    started.add(nginx);
    hostOrigin = "http://app.acme.test:" + demoPort;
    chatOrigin = "http://chat.pilot.test:" + nginx.port(0);
    connectOrigin = "http://connect.pilot.test:" + nginx.port(1);
    cdnOrigin = "http://embed.pilot.test:" + cdnPort;
    platformUrl = "http://127.0.0.1:" + platformPort;

    Map<String, String> env = new HashMap<>();
    env.put("PS_PLATFORM_PORT", Integer.toString(platformPort));
    env.put("PS_CDN_PORT", Integer.toString(cdnPort));
    env.put("PS_DEMO_PORT", Integer.toString(demoPort));
    env.put("PS_PLATFORM_URL", platformUrl);
    env.put("PS_CHAT_ORIGIN", chatOrigin);
    env.put("PS_CONNECT_ORIGIN", connectOrigin);
    env.put("PS_CDN_ORIGIN", cdnOrigin);
    env.put("PS_DEMO_ORIGIN", hostOrigin);
    env.put("PS_ALLOW_HTTP_ORIGINS", "true");
    env.put("PS_SANDBOX_TENANT_KEY", TENANT_KEY);
    env.put("PS_SERVICE_CREDENTIAL", ServiceCredential.generate());
    env.put("PS_TRUSTED_PROXIES", "127.0.0.1, ::1"); // connect-app names each browser to the platform's limiter
    env.put("PS_QR_FIRST_TTL_MS", "60000");
    env.put("PS_QR_NEXT_TTL_MS", "60000");
    env.put("PS_LINKING_MS", "300");
    env.put("PS_DELIVERY_DELAY_MS", "300");
    env.put("PS_CONNECT_POLL_MS", "300");
    try {
      // The front-ends first: their JVMs start while this one starts the rest.
      for (int i = 0; i < 2; i++) {
        chat.add(startInstance("chat-" + (i + 1), ChatApp.class, "PS_CHAT_PORT", chatPorts.get(i), env));
        connect.add(startInstance("connect-" + (i + 1), ConnectApp.class, "PS_CONNECT_PORT", connectPorts.get(i), env));
      }
      Env settings = Env.of(env);
      started.add(0, PlatformSandbox.start(SandboxConfig.fromEnv(settings), KitSettings.defaults()));
      started.add(EmbedCdn.start(CdnConfig.fromEnv(settings), KitSettings.defaults()));
      started.add(DemoApp.start(DemoConfig.fromEnv(settings), KitSettings.defaults()));
      for (Instance instance : concat(chat, connect)) {
        awaitReady(instance);
      }
    } catch (RuntimeException e) {
      close();
      throw e;
    }
  }

  /** Starts the stack on fresh free ports (again on new ones when a picked port was taken before it was bound). */
  static ScaleOutStack start() {
    return FreePorts.retrying(ScaleOutStack::new);
  }

  private Instance startInstance(String name, Class<?> main, String portKey, int port, Map<String, String> env) {
    Map<String, String> own = new HashMap<>(env);
    own.put(portKey, Integer.toString(port));
    Instance instance = new Instance(name, port, ChildServer.start(main, own));
    started.add(instance.process());
    return instance;
  }

  /** Ready: {@code /readyz} 200 (chat: the platform reachable and its event feed connected). */
  private static void awaitReady(Instance instance) {
    long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
    while (System.nanoTime() < deadline) {
      try {
        if (get("http://127.0.0.1:" + instance.port() + "/readyz").statusCode() == 200) {
          return;
        }
      } catch (IOException notYet) {
        // not listening yet
      }
      if (instance.process().lines().stream().anyMatch(l -> l.contains("Exception in thread \"main\""))) {
        break;
      }
      pause(100);
    }
    throw new IllegalStateException(instance + " not ready within 60 s:\n"
        + String.join("\n", instance.process().lines()));
  }

  /** A page of the demo host SaaS, e.g. {@code host("/connect")}. */
  String host(String path) {
    return hostOrigin + path;
  }

  /** A tenant call to the platform, server to server, as a host backend makes it. */
  JsonNode platform(String method, String path, String jsonBody) {
    return send(platformUrl + path, method, jsonBody, Map.of("x-api-key", TENANT_KEY));
  }

  /** A chat token for the demo number, for the host origin, minted with the tenant key. */
  String chatToken() {
    return platform("POST", "/v1/embed/sessions", "{\"surface\":\"chat\",\"whatsappNumberIds\":[\"" + DEMO_NUMBER
        + "\"],\"allowedOrigins\":[\"" + hostOrigin + "\"],\"ttlSeconds\":600}").path("token").asText();
  }

  /** A call to the platform's chat API with a chat token, as chat-app makes it. */
  JsonNode chatApi(String path) {
    return send(platformUrl + path, "GET", null, Map.of("Authorization", "Bearer " + chatToken()));
  }

  /** Which instance answered, from nginx's {@code X-PS-Upstream}: a GET of {@code /healthz} through the group. */
  String probe(int group) {
    try {
      HttpResponse<String> answer = get("http://127.0.0.1:" + nginx.port(group) + "/healthz");
      return answer.headers().firstValue("X-PS-Upstream").orElse("");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static JsonNode send(String url, String method, String jsonBody, Map<String, String> headers) {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(10))
        .method(method, jsonBody == null ? HttpRequest.BodyPublishers.noBody()
            : HttpRequest.BodyPublishers.ofString(jsonBody));
    if (jsonBody != null) {
      request.header("Content-Type", "application/json");
    }
    headers.forEach(request::header);
    try {
      HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
      if (response.statusCode() >= 300) {
        throw new IllegalStateException(method + " " + url + " answered " + response.statusCode() + ": "
            + response.body());
      }
      return response.body().isBlank() ? JSON.createObjectNode() : JSON.readTree(response.body());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  static HttpResponse<String> get(String url) throws IOException {
    try {
      return HTTP.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(10)).build(),
          HttpResponse.BodyHandlers.ofString());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException(e);
    }
  }

  private static List<Instance> concat(List<Instance> a, List<Instance> b) {
    List<Instance> all = new ArrayList<>(a);
    all.addAll(b);
    return all;
  }

  private static void pause(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** Stops everything that started, the front-end processes (SIGKILL if still running) and nginx included. */
  @Override
  public void close() {
    for (int i = started.size() - 1; i >= 0; i--) {
      try {
        started.get(i).close();
      } catch (Exception e) {
        System.err.println("could not stop " + started.get(i) + ": " + e);
      }
    }
    started.clear();
  }
}
