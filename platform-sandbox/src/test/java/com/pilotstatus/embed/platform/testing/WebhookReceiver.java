package com.pilotstatus.embed.platform.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * A host's webhook endpoint, written the way a host would: it recomputes the HMAC over the raw body and refuses
 * (401) what does not verify. It can be told to fail the next n deliveries with 500.
 */
public final class WebhookReceiver implements AutoCloseable {

  /** A delivery that verified. */
  public record Delivery(String eventId, String type, JsonNode body) {
  }

  private final HttpServer server;
  private final String secret;
  private final BlockingQueue<Delivery> verified = new LinkedBlockingQueue<>();
  private final List<String> attempts = new CopyOnWriteArrayList<>();
  private final AtomicInteger failNext = new AtomicInteger();

  public WebhookReceiver(String secret) throws IOException {
    this.secret = secret;
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext("/hooks", exchange -> {
      byte[] raw = exchange.getRequestBody().readAllBytes();
      String body = new String(raw, StandardCharsets.UTF_8);
      String eventId = exchange.getRequestHeaders().getFirst("X-PilotStatus-Event-Id");
      attempts.add(eventId);
      int status;
      if (failNext.getAndUpdate(n -> n > 0 ? n - 1 : 0) > 0) {
        status = 500;
      } else if (!verifies(exchange.getRequestHeaders().getFirst("X-PilotStatus-Timestamp"),
          exchange.getRequestHeaders().getFirst("X-PilotStatus-Signature"), body)) {
        status = 401;
      } else {
        JsonNode json = Api.JSON.readTree(body);
        verified.add(new Delivery(eventId, json.get("type").asText(), json));
        status = 200;
      }
      exchange.sendResponseHeaders(status, -1);
      exchange.close();
    });
    server.start();
  }

  public String url() {
    return "http://127.0.0.1:" + server.getAddress().getPort() + "/hooks";
  }

  public void failNext(int deliveries) {
    failNext.set(deliveries);
  }

  /** Every delivery attempt's event id, in arrival order. */
  public List<String> attempts() {
    return attempts;
  }

  /** The next verified delivery of {@code type} (skipping others); fails after 5 s. */
  public Delivery next(String type) throws InterruptedException {
    long deadline = System.currentTimeMillis() + 5_000;
    while (System.currentTimeMillis() < deadline) {
      Delivery d = verified.poll(deadline - System.currentTimeMillis(), TimeUnit.MILLISECONDS);
      if (d != null && d.type().equals(type)) {
        return d;
      }
    }
    throw new AssertionError("no verified " + type + " delivery within 5 s; attempts: " + attempts);
  }

  /** The next verified delivery of any type; fails after 5 s. */
  public Delivery next() throws InterruptedException {
    Delivery d = verified.poll(5, TimeUnit.SECONDS);
    if (d == null) {
      throw new AssertionError("no verified delivery within 5 s; attempts: " + attempts);
    }
    return d;
  }

  /** As docs/platform-api.md "Verifying a delivery" says: MAC over {@code timestamp.body}, at most 5 minutes old. */
  private boolean verifies(String timestamp, String signature, String body) {
    if (timestamp == null || signature == null || !signature.startsWith("v1=")) {
      return false;
    }
    try {
      if (Math.abs(System.currentTimeMillis() / 1000 - Long.parseLong(timestamp)) > 300) {
        return false;
      }
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
      byte[] expected = mac.doFinal((timestamp + "." + body).getBytes(StandardCharsets.UTF_8));
      return MessageDigest.isEqual(expected, HexFormat.of().parseHex(signature.substring(3)));
    } catch (Exception e) {
      return false;
    }
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
