package com.pilotstatus.embed.demo;

import com.fasterxml.jackson.databind.JsonNode;
import com.pilotstatus.embed.demo.platform.PlatformClient;
import io.javalin.http.BadRequestResponse;
import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import java.security.SecureRandom;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Duration;

/**
 * The demo SaaS's own backend endpoints, written as seeds 000 and 001 tell customers to: mint tokens server-side with
 * the tenant key and return only the token (or pairing URL) to the browser.
 */
public final class MySaasApi {

  private static final SecureRandom RANDOM = new SecureRandom();
  /**
   * The most numbers one chat session may cover ({@code POST /v1/embed/sessions} answers 400 beyond it). A host with
   * more numbers picks which ones an inbox shows; the demo picks its seeded number and then the newest.
   */
  static final int MAX_NUMBERS_PER_SESSION = 50;
  /** The number platform-sandbox seeds with conversations: always in the demo's inbox. */
  static final String SEEDED_NUMBER = "wa_demo";

  private final PlatformClient platform;
  private final String publicOrigin;
  /**
   * Pairing token → number id, so the sandbox panel can "scan" without the browser ever holding platform ids. Kept
   * as long as a link lives (24 h) and bounded, so minting links cannot grow memory without end.
   */
  private final Cache<String, String> pairingNumbers = Caffeine.newBuilder()
      .expireAfterWrite(Duration.ofHours(24)).maximumSize(10_000).build();
  private final TokenEndpointGuard guard;

  public MySaasApi(PlatformClient platform, String publicOrigin) {
    this.platform = platform;
    this.publicOrigin = publicOrigin;
    this.guard = new TokenEndpointGuard(publicOrigin);
  }

  /**
   * {@code GET /api/my-saas/embed-token[?ttlSeconds=60..900]} → {@code {token}} for at most
   * {@value #MAX_NUMBERS_PER_SESSION} connected numbers: {@value #SEEDED_NUMBER} first, then the newest (asking for
   * every connected number failed with 400 once a long-running stack had paired more than 50).
   */
  public void embedToken(Context ctx) {
    guard.check(ctx);
    int ttl = boundedTtl(ctx.queryParam("ttlSeconds"));
    List<String> numbers = connectedNumberIds();
    if (numbers.isEmpty()) {
      throw new BadRequestResponse("No connected WhatsApp number yet: connect one first.");
    }
    List<String> covered = numbers.subList(0, Math.min(numbers.size(), MAX_NUMBERS_PER_SESSION));
    ctx.json(Map.of("token", platform.mintChatToken(covered, List.of(publicOrigin), ttl)));
  }

  /** {@code GET /api/my-saas/pairing-token} → {@code {token, url}} of a new hosted pairing link. */
  public void pairingToken(Context ctx) {
    guard.check(ctx);
    String number = "+55119" + (10_000_000 + RANDOM.nextInt(89_999_999));
    JsonNode link = platform.createPairingLink("Customer " + number.substring(number.length() - 4), number);
    String url = link.path("remotePairingUrl").asText();
    String token = url.substring(url.lastIndexOf('/') + 1);
    pairingNumbers.put(token, link.path("instance").path("id").asText());
    ctx.json(Map.of("token", token, "url", url));
  }

  /** {@code POST /api/demo/inbound {from, name?, text}}: a contact writes to the first connected number. */
  public void simulateInbound(Context ctx) {
    JsonNode body = ctx.bodyAsClass(JsonNode.class);
    String from = body.path("from").asText("");
    String text = body.path("text").asText("");
    if (from.isBlank() || text.isBlank()) {
      throw new BadRequestResponse("from and text are required");
    }
    List<String> numbers = connectedNumberIds();
    if (numbers.isEmpty()) {
      throw new BadRequestResponse("No connected WhatsApp number yet: connect one first.");
    }
    ctx.status(201).json(platform.simulateInbound(numbers.get(0), from, body.path("name").asText(null), text));
  }

  /**
   * {@code POST /api/demo/scan {token}}: the customer's phone scans the QR of that pairing link. The QR batch is
   * started first (seed 003's {@code POST …/connect} returns the running batch when there is one): a scan before the
   * connect page had started it got 409 and nothing visible happened.
   */
  public void simulateScan(Context ctx) {
    String token = ctx.bodyAsClass(JsonNode.class).path("token").asText("");
    String numberId = pairingNumbers.getIfPresent(token);
    if (numberId == null) {
      throw new NotFoundResponse("Unknown pairing link: create one with \"Connect a number\" first.");
    }
    platform.startPairing(token);
    ctx.json(platform.simulateScan(numberId));
  }

  /** The OPEN numbers, {@value #SEEDED_NUMBER} first, then newest first. */
  private List<String> connectedNumberIds() {
    List<JsonNode> open = new ArrayList<>();
    for (JsonNode number : platform.listNumbers()) {
      if ("OPEN".equals(number.path("state").asText())) {
        open.add(number);
      }
    }
    open.sort(Comparator.comparing((JsonNode n) -> !SEEDED_NUMBER.equals(n.path("id").asText()))
        .thenComparing(MySaasApi::createdAt, Comparator.reverseOrder()));
    List<String> ids = new ArrayList<>();
    open.forEach(n -> ids.add(n.path("id").asText()));
    return ids;
  }

  private static Instant createdAt(JsonNode number) {
    try {
      return Instant.parse(number.path("createdAt").asText());
    } catch (DateTimeParseException e) {
      return Instant.EPOCH;
    }
  }

  private static int boundedTtl(String raw) {
    if (raw == null) {
      return 900;
    }
    try {
      return Math.max(60, Math.min(900, Integer.parseInt(raw)));
    } catch (NumberFormatException e) {
      throw new BadRequestResponse("ttlSeconds must be an integer from 60 to 900");
    }
  }
}
