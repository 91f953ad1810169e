package com.pilotstatus.embed.connect.figures;

import static org.assertj.core.api.Assertions.assertThat;

import com.pilotstatus.embed.connect.qr.QrSvg;
import com.pilotstatus.embed.connect.testing.ConnectStack;
import com.pilotstatus.embed.connect.testing.ConnectStack.Link;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The figures of issue 5's closing note, measured on this machine and printed (also written to
 * {@code target/artifacts/figures.txt}): QR render time (uncached and cached), connect-page requests per second with
 * a bounded load generator on loopback, and page bytes. Bounded: a few seconds per figure, at most 4 client threads.
 * Not a benchmark suite: a timed loop after a warm-up, honest to about ±20 %.
 */
class ConnectFiguresIT {

  private static final int CLIENTS = 4;
  private static final Duration LOAD_TIME = Duration.ofSeconds(5);
  private static final int MAX_REQUESTS = 200_000;

  private static ConnectStack stack;
  private static final List<String> lines = new ArrayList<>();

  @BeforeAll
  static void start() {
    // Rate limits lifted: this measures connect-app, not the sandbox's per-IP limiter.
    stack = ConnectStack.start(p -> p.withPublicLimitPerIp(10_000_000).withPublicLimitPerToken(10_000_000), c -> c);
  }

  @AfterAll
  static void report() throws IOException {
    stack.close();
    Path out = Path.of("target", "artifacts", "figures.txt");
    Files.createDirectories(out.getParent());
    Files.write(out, lines);
    lines.forEach(line -> System.out.println("[figures] " + line));
  }

  @Test
  void qr_render_time() {
    String payload = "2@" + "Xy9kQ0pL".repeat(8) + "," + "nK3pQ8vT".repeat(5) + "=," + "iD7rW2sM".repeat(5) + "=,"
        + "aS4eC6rT".repeat(5) + "=";
    for (int i = 0; i < 300; i++) {
      QrSvg.render(payload + i);
    }
    int n = 2000;
    long start = System.nanoTime();
    int bytes = 0;
    for (int i = 0; i < n; i++) {
      bytes += QrSvg.render(payload + i).length();
    }
    long uncachedNs = (System.nanoTime() - start) / n;

    QrSvg cached = QrSvg.withDefaultCache();
    cached.svg(payload);
    int m = 200_000;
    start = System.nanoTime();
    for (int i = 0; i < m; i++) {
      cached.svg(payload);
    }
    long cachedNs = (System.nanoTime() - start) / m;

    lines.add("QR render (ZXing encode + SVG), uncached: " + uncachedNs / 1000 + " us/op over " + n
        + " payloads; SVG " + bytes / n + " bytes");
    lines.add("QR SVG from the Caffeine cache: " + cachedNs + " ns/op");
    assertThat(cachedNs).isLessThan(uncachedNs);
  }

  @Test
  void connect_page_requests_per_second() throws Exception {
    Link link = stack.createLink("");
    stack.post(link.page() + "/batch", "application/json", "");

    lines.add(load("GET /connect/{token} (QR state: 2 platform calls + cached SVG)", link.page()));
    // Only 204 for the unchanged poll: a 200 would be a full state measured under the poll's label.
    lines.add(load("GET /connect/{token}/state?since=<key> (poll, unchanged: 1 platform call, 204)",
        link.page() + "/state?since=" + stateKey(link), Set.of(204)));
    lines.add(load("GET /preview?state=qr (no platform call)", "/preview?state=qr"));
  }

  @Test
  void page_bytes() throws Exception {
    Link link = stack.createLink("");
    stack.post(link.page() + "/batch", "application/json", "");
    byte[] qrPage = stack.get(link.page()).body().getBytes(StandardCharsets.UTF_8);
    byte[] fragment = stack.get(link.page() + "/state").body().getBytes(StandardCharsets.UTF_8);
    byte[] js = stack.get("/assets/connect-runtime.js").body().getBytes(StandardCharsets.UTF_8);
    byte[] css = stack.get("/assets/connect.css").body().getBytes(StandardCharsets.UTF_8);

    lines.add("QR page HTML: " + qrPage.length + " bytes raw, " + gzip(qrPage) + " gzip");
    lines.add("QR state fragment (each new ref): " + fragment.length + " bytes raw, " + gzip(fragment) + " gzip");
    lines.add("connect-runtime.js: " + js.length + " bytes raw, " + gzip(js) + " gzip");
    lines.add("connect.css: " + css.length + " bytes raw, " + gzip(css) + " gzip");
    lines.add("first view total: " + (qrPage.length + js.length + css.length) + " bytes raw, "
        + (gzip(qrPage) + gzip(js) + gzip(css)) + " gzip");
    assertThat(qrPage.length).isGreaterThan(fragment.length);
  }

  private static String stateKey(Link link) {
    String body = stack.get(link.page() + "/state").body();
    int at = body.indexOf("data-key=\"") + 10;
    return body.substring(at, body.indexOf('"', at));
  }

  private static String load(String label, String path) throws Exception {
    return load(label, path, Set.of(200, 204));
  }

  /** Requests per second for {@code path}; any status not in {@code expected} fails the measurement. */
  private static String load(String label, String path, Set<Integer> expected) throws Exception {
    HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    URI uri = URI.create(stack.connectBase() + path);
    HttpRequest request = HttpRequest.newBuilder(uri).header("Accept-Encoding", "identity").build();
    for (int i = 0; i < 200; i++) {
      http.send(request, HttpResponse.BodyHandlers.discarding()); // warm-up
    }
    AtomicInteger done = new AtomicInteger();
    AtomicInteger bad = new AtomicInteger();
    long deadline = System.nanoTime() + LOAD_TIME.toNanos();
    ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
    long start = System.nanoTime();
    List<Future<?>> clients = new ArrayList<>();
    for (int c = 0; c < CLIENTS; c++) {
      clients.add(pool.submit(() -> {
        while (System.nanoTime() < deadline && done.get() < MAX_REQUESTS) {
          HttpResponse<Void> response = http.send(request, HttpResponse.BodyHandlers.discarding());
          if (!expected.contains(response.statusCode())) {
            bad.incrementAndGet();
          }
          done.incrementAndGet();
        }
        return null;
      }));
    }
    for (Future<?> client : clients) {
      client.get();
    }
    pool.shutdown();
    double seconds = (System.nanoTime() - start) / 1e9;
    assertThat(bad.get()).as("answers other than " + expected + " under load for " + label).isZero();
    return label + ": " + Math.round(done.get() / seconds) + " req/s (" + done.get() + " requests, " + CLIENTS
        + " clients, " + Math.round(seconds * 10) / 10.0 + " s, loopback, 2 shared cores, sandbox in-process)";
  }

  private static int gzip(byte[] bytes) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
      gz.write(bytes);
    }
    return out.size();
  }

}
