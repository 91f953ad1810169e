package com.pilotstatus.embed.platform;

import static com.pilotstatus.embed.platform.testing.Sandbox.bearer;
import static com.pilotstatus.embed.platform.testing.Sandbox.key;
import static com.pilotstatus.embed.platform.testing.Sandbox.tenant;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import com.pilotstatus.embed.platform.testing.Api;
import com.pilotstatus.embed.platform.testing.MutableClock;
import com.pilotstatus.embed.platform.testing.Reply;
import com.pilotstatus.embed.platform.testing.Sandbox;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * docs/openapi.yaml against the running sandbox, so the document cannot drift from the code: a representative set of
 * real requests — every operation's success and its documented failures — is replayed on a sandbox started on port 0,
 * and each request body (of a successful call) and each response (status declared, JSON body valid against the
 * schema, required headers present) is checked against the document. Every route the sandbox registers must be in
 * the document, and every operation of the document must have been replayed.
 *
 * <p>Not covered: query and path parameter schemas (the handlers' own tests pin those rules), and the bodies of
 * requests the sandbox refuses (a 400 is the expected answer to a body the schema would refuse).
 */
class OpenApiConformanceTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String RESOURCE = "/openapi/openapi.yaml";
  private static final List<String> METHODS = List.of("get", "put", "post", "delete", "patch");

  private static Sandbox sandbox;
  private static Api api;
  private static JsonNode document;
  private static String serviceCredential;
  private static final JsonSchemaFactory SCHEMAS = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);
  private static final SchemaValidatorsConfig STRICT = SchemaValidatorsConfig.builder()
      .formatAssertionsEnabled(true).build();

  private final List<String> violations = new ArrayList<>();
  private final Set<String> replayed = new TreeSet<>();

  @BeforeAll
  static void start() throws IOException {
    MutableClock clock = MutableClock.startingNow();
    SandboxConfig config = Sandbox.config(clock).withPublicLimitPerToken(30);
    config = config.withTrust(config.trust().withWebhooksAllowPrivate(true));
    serviceCredential = config.serviceCredential();
    sandbox = Sandbox.start(clock, config);
    api = sandbox.api;
    try (InputStream in = OpenApiConformanceTest.class.getResourceAsStream(RESOURCE)) {
      assertThat(in).as("the build copies docs/openapi.yaml to " + RESOURCE).isNotNull();
      document = new YAMLMapper().readTree(in);
    }
  }

  @AfterAll
  static void stop() {
    sandbox.close();
  }

  @Test
  void document_is_valid_openapi_3_1() throws IOException {
    String yaml;
    try (InputStream in = OpenApiConformanceTest.class.getResourceAsStream(RESOURCE)) {
      yaml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    SwaggerParseResult parsed = new OpenAPIV3Parser().readContents(yaml);

    assertThat(parsed.getMessages()).isEmpty();
    assertThat(parsed.getOpenAPI().getOpenapi()).isEqualTo("3.1.0");
    assertThat(parsed.getOpenAPI().getComponents().getSecuritySchemes()).containsKeys("apiKey", "chatBearer");
  }

  @Test
  void sandbox_serves_the_document_at_v1_openapi_yaml() {
    Reply reply = api.get("/v1/openapi.yaml");

    assertThat(reply.status()).isEqualTo(200);
    assertThat(reply.headers().firstValue("Content-Type").orElse("")).startsWith("application/yaml");
    assertThat(reply.text()).startsWith("openapi: 3.1.0");
  }

  @Test
  void every_route_the_sandbox_registers_is_in_the_document() {
    Reply index = api.get("/v1");
    Set<String> documented = documentedOperations();
    List<String> missing = new ArrayList<>();
    index.json().path("endpoints").forEach(e -> {
      String[] parts = e.asText().split(" ", 2);
      String template = parts[1].replaceAll("\\{[^}]+}", "{}");
      if (documented.stream().noneMatch(d -> d.equals(parts[0] + " " + template))) {
        missing.add(e.asText());
      }
    });

    assertThat(index.json().path("endpoints").size()).isGreaterThan(30);
    assertThat(missing).as("routes registered in PlatformRoutes but not in docs/openapi.yaml").isEmpty();
  }

  /** The replay: each call is checked against the document as it happens; all violations are reported at once. */
  @Test
  void replayed_requests_and_responses_conform_to_the_document() throws Exception {
    String[] t = tenant();
    check("GET", "/v1", null, api.get("/v1"));
    check("GET", "/v1/openapi.yaml", null, api.get("/v1/openapi.yaml"));

    // Numbers (seed 004)
    check("GET", "/v1/numbers", null, api.get("/v1/numbers", t));
    check("GET", "/v1/numbers", null, api.get("/v1/numbers"));
    String createBody = Api.json("name", "Conformance", "number", "+5511912340001", "linkToApiKey", true);
    Reply created = check("POST", "/v1/numbers", createBody, api.post("/v1/numbers", createBody, t));
    String numberId = created.at("/id");
    String badNumber = Api.json("name", "Bad", "number", "11 9999");
    check("POST", "/v1/numbers", badNumber, api.post("/v1/numbers", badNumber, t));
    String meta = Api.json("name", "Official", "number", "+5511912340002", "wabaId", "102030405060",
        "phoneNumberId", "908070605040", "accessToken", "EAAGm0PX4ZCpsBAKZCexample");
    check("POST", "/v1/numbers/meta", meta, api.post("/v1/numbers/meta", meta, t));
    check("GET", "/v1/numbers/{id}/connect", null, api.get("/v1/numbers/" + numberId + "/connect", t));
    check("GET", "/v1/numbers/{id}/connect", null, api.get("/v1/numbers/wa_demo/connect", t));
    check("GET", "/v1/numbers/{id}/connect", null, api.get("/v1/numbers/wa_nope/connect", t));

    // Remote pairing (seed 003) and the public token endpoints
    String linkBody = Api.json("name", "Customer João", "number", "+5511912340003", "sendViaWhatsApp", true,
        "brandingOverride", Map.of("primaryColor", "#0a7cff", "title", "Connect"));
    Reply link = check("POST", "/v1/numbers/remote-pairing", linkBody,
        api.post("/v1/numbers/remote-pairing", linkBody, t));
    String token = tokenOf(link);
    String linkNumber = link.at("/instance/id");
    String badLink = Api.json("name", "X", "number", "+5511912340004", "brandingOverride",
        Map.of("primaryColor", "red"));
    check("POST", "/v1/numbers/remote-pairing", badLink, api.post("/v1/numbers/remote-pairing", badLink, t));
    String plainLink = Api.json("name", "Y", "number", "+5511912340005");
    check("POST", "/v1/numbers/remote-pairing", plainLink,
        api.post("/v1/numbers/remote-pairing", plainLink, key(Sandbox.NUMBER_KEY)));
    check("GET", "/v1/remote-pairing/{token}", null, api.get("/v1/remote-pairing/" + token));
    check("GET", "/v1/remote-pairing/{token}", null, api.get("/v1/remote-pairing/not-a-token"));
    check("GET", "/v1/connect/{token}/branding", null, api.get("/v1/connect/" + token + "/branding"));
    check("GET", "/v1/connect/{token}/branding", null, api.get("/v1/connect/not-a-token/branding"));
    check("GET", "/v1/remote-pairing/{token}/status", null, api.get("/v1/remote-pairing/" + token + "/status"));
    check("POST", "/v1/remote-pairing/{token}/connect", null,
        api.post("/v1/remote-pairing/" + token + "/connect", ""));
    check("GET", "/v1/remote-pairing/{token}/status", null, api.get("/v1/remote-pairing/" + token + "/status"));
    check("POST", "/v1/sandbox/numbers/{id}/scan", null,
        api.post("/v1/sandbox/numbers/" + linkNumber + "/scan", "", t));
    check("POST", "/v1/sandbox/numbers/{id}/scan", null, api.post("/v1/sandbox/numbers/wa_demo/scan", "", t));
    check("GET", "/v1/remote-pairing/{token}/status", null,
        api.get("/v1/remote-pairing/not-a-token/status"));
    String embeddedBody = Api.json("code", "AQBx-signup-code", "wabaId", "102030405061",
        "phoneNumberId", "908070605041");
    check("POST", "/v1/remote-pairing/{token}/meta/embedded", embeddedBody,
        api.post("/v1/remote-pairing/" + token + "/meta/embedded", embeddedBody));
    String metaLink = tokenOf(api.post("/v1/numbers/remote-pairing", Api.json("name", "Meta customer",
        "number", "+5511912340006", "provider", "META"), t));
    check("POST", "/v1/remote-pairing/{token}/connect", null,
        api.post("/v1/remote-pairing/" + metaLink + "/connect", ""));
    String badEmbedded = Api.json("code", "x", "wabaId", "12", "phoneNumberId", "908070605041");
    check("POST", "/v1/remote-pairing/{token}/meta/embedded", badEmbedded,
        api.post("/v1/remote-pairing/" + metaLink + "/meta/embedded", badEmbedded));
    check("POST", "/v1/remote-pairing/{token}/meta/embedded", embeddedBody,
        api.post("/v1/remote-pairing/" + metaLink + "/meta/embedded", embeddedBody));
    check("POST", "/v1/remote-pairing/{token}/meta/embedded", embeddedBody,
        api.post("/v1/remote-pairing/" + metaLink + "/meta/embedded", embeddedBody));
    String credentialsLink = tokenOf(api.post("/v1/numbers/remote-pairing", Api.json("name", "Meta customer 2",
        "number", "+5511912340007", "provider", "META", "metaFlow", "credentials"), t));
    String credentials = Api.json("wabaId", "102030405062", "phoneNumberId", "908070605042",
        "accessToken", "EAAGm0PX4ZCpsBAKZCexample");
    String badCredentials = Api.json("wabaId", "102030405062", "phoneNumberId", "908070605042",
        "accessToken", "nope");
    check("POST", "/v1/remote-pairing/{token}/meta/credentials", badCredentials,
        api.post("/v1/remote-pairing/" + credentialsLink + "/meta/credentials", badCredentials));
    check("POST", "/v1/remote-pairing/{token}/meta/credentials", credentials,
        api.post("/v1/remote-pairing/" + credentialsLink + "/meta/credentials", credentials));
    check("POST", "/v1/remote-pairing/{token}/meta/credentials", credentials,
        api.post("/v1/remote-pairing/" + credentialsLink + "/meta/credentials", credentials));
    String hammered = tokenOf(api.post("/v1/numbers/remote-pairing", plainLink.replace("0005", "0008"), t));
    Reply limited = null;
    for (int i = 0; i < 40 && (limited == null || limited.status() != 429); i++) {
      limited = api.get("/v1/remote-pairing/" + hammered);
    }
    check("GET", "/v1/remote-pairing/{token}", null, limited);

    // Branding
    check("GET", "/v1/branding", null, api.get("/v1/branding", t));
    check("GET", "/v1/branding", null, api.get("/v1/branding", key(Sandbox.NUMBER_KEY)));
    String brandingBody = Api.json("branding", Map.of("primaryColor", "#0a7cff", "companyName", "Acme",
        "logoUrl", "https://cdn.example.com/logo.png"));
    check("PUT", "/v1/branding", brandingBody, api.put("/v1/branding", brandingBody, t));
    String topLevel = Api.json("title", "Connect your WhatsApp");
    check("PUT", "/v1/branding", topLevel, api.put("/v1/branding", topLevel, t));
    String badBranding = Api.json("branding", Map.of("primaryColor", "javascript:alert(1)"));
    check("PUT", "/v1/branding", badBranding, api.put("/v1/branding", badBranding, t));

    // Embed sessions (seed 000) and the JWKS
    String sessionBody = Api.json("surface", "chat", "whatsappNumberIds", List.of("wa_demo"),
        "allowedOrigins", List.of("https://app.example.com"), "ttlSeconds", 900);
    Reply session = check("POST", "/v1/embed/sessions", sessionBody, api.post("/v1/embed/sessions", sessionBody, t));
    String chat = session.at("/token");
    List<String> tooMany = new ArrayList<>();
    for (int i = 0; i < 51; i++) {
      tooMany.add("wa_" + i);
    }
    String tooManyBody = Api.json("surface", "chat", "whatsappNumberIds", tooMany,
        "allowedOrigins", List.of("https://app.example.com"));
    check("POST", "/v1/embed/sessions", tooManyBody, api.post("/v1/embed/sessions", tooManyBody, t));
    String foreign = Api.json("surface", "chat", "whatsappNumberIds", List.of("wa_nope"),
        "allowedOrigins", List.of("https://app.example.com"));
    check("POST", "/v1/embed/sessions", foreign, api.post("/v1/embed/sessions", foreign, t));
    check("POST", "/v1/embed/sessions", sessionBody, api.post("/v1/embed/sessions", sessionBody,
        "Authorization", "Bearer ps_sandbox_demo_tenant_key"));
    check("POST", "/v1/embed/sessions/refresh", null, api.post("/v1/embed/sessions/refresh", "", bearer(chat)));
    check("POST", "/v1/embed/sessions/refresh", null, api.post("/v1/embed/sessions/refresh", "", bearer("x.y.z")));
    String doomed = sandbox.chatToken(Sandbox.TENANT_KEY, "wa_demo");
    String jti = Api.JSON.readTree(java.util.Base64.getUrlDecoder().decode(doomed.split("\\.")[1])).get("jti").asText();
    check("DELETE", "/v1/embed/sessions/{jti}", null, api.delete("/v1/embed/sessions/" + jti, t));
    check("DELETE", "/v1/embed/sessions/{jti}", null, api.delete("/v1/embed/sessions/" + jti + "x", t));
    check("DELETE", "/v1/embed/sessions/{jti}", null, api.delete("/v1/embed/sessions/" + jti));
    check("GET", "/v1/.well-known/jwks.json", null, api.get("/v1/.well-known/jwks.json"));

    // Chat data (embed-internal)
    String[] b = bearer(chat);
    check("GET", "/v1/embed/chat/summary", null, api.get("/v1/embed/chat/summary", b));
    check("GET", "/v1/embed/chat/summary", null, api.get("/v1/embed/chat/summary"));
    Reply conversations = check("GET", "/v1/embed/chat/conversations", null,
        api.get("/v1/embed/chat/conversations?limit=2", b));
    check("GET", "/v1/embed/chat/conversations", null,
        api.get("/v1/embed/chat/conversations?q=zzz-nothing&whatsappNumberId=wa_demo", b));
    check("GET", "/v1/embed/chat/conversations", null, api.get("/v1/embed/chat/conversations?limit=0", b));
    String conversation = conversations.at("/data/0/id");
    check("GET", "/v1/embed/chat/search", null, api.get("/v1/embed/chat/search?q=a&limit=2", b));
    check("GET", "/v1/embed/chat/search", null, api.get("/v1/embed/chat/search?q=", b));
    check("GET", "/v1/embed/chat/search", null, api.get("/v1/embed/chat/search?q=a&whatsappNumberId=wa_nope", b));
    check("GET", "/v1/embed/chat/search", null, api.get("/v1/embed/chat/search?q=a"));
    check("GET", "/v1/embed/chat/conversations/{id}", null,
        api.get("/v1/embed/chat/conversations/" + conversation, b));
    check("GET", "/v1/embed/chat/conversations/{id}", null, api.get("/v1/embed/chat/conversations/cv_nope", b));
    check("GET", "/v1/embed/chat/conversations/{id}/messages", null,
        api.get("/v1/embed/chat/conversations/" + conversation + "/messages?limit=2", b));
    check("GET", "/v1/embed/chat/conversations/{id}/messages", null,
        api.get("/v1/embed/chat/conversations/cv_nope/messages", b));
    String reply = Api.json("text", "Sim, entregamos no sábado!");
    String path = "/v1/embed/chat/conversations/" + conversation + "/messages";
    Reply first = check("POST", "/v1/embed/chat/conversations/{id}/messages", reply,
        api.post(path, reply, "Authorization", "Bearer " + chat, "Idempotency-Key", "conf-1"));
    check("POST", "/v1/embed/chat/conversations/{id}/messages", reply,
        api.post(path, reply, "Authorization", "Bearer " + chat, "Idempotency-Key", "conf-1"));
    String quoting = Api.json("text", "Respondendo a isso", "replyTo", first.at("/id"));
    check("POST", "/v1/embed/chat/conversations/{id}/messages", quoting,
        api.post(path, quoting, "Authorization", "Bearer " + chat, "Idempotency-Key", "conf-quote"));
    String quotingUnknown = Api.json("text", "Respondendo", "replyTo", "msg_nope");
    check("POST", "/v1/embed/chat/conversations/{id}/messages", quotingUnknown,
        api.post(path, quotingUnknown, "Authorization", "Bearer " + chat, "Idempotency-Key", "conf-quote-400"));
    String other = Api.json("text", "Another text");
    check("POST", "/v1/embed/chat/conversations/{id}/messages", other,
        api.post(path, other, "Authorization", "Bearer " + chat, "Idempotency-Key", "conf-1"));
    check("POST", "/v1/embed/chat/conversations/{id}/messages", reply, api.post(path, reply, b));
    String faults = Api.json("sendFailures", 1);
    check("POST", "/v1/sandbox/faults", faults, api.post("/v1/sandbox/faults", faults, Sandbox.admin()));
    check("POST", "/v1/sandbox/faults", faults, api.post("/v1/sandbox/faults", faults, t)); // a tenant's key: 403
    check("POST", "/v1/embed/chat/conversations/{id}/messages", reply,
        api.post(path, reply, "Authorization", "Bearer " + chat, "Idempotency-Key", "conf-2"));
    // Templates and the customer service window
    check("GET", "/v1/numbers/{id}/templates", null, api.get("/v1/numbers/wa_demo/templates", t));
    check("GET", "/v1/numbers/{id}/templates", null, api.get("/v1/numbers/wa_nope/templates", t));
    check("GET", "/v1/numbers/{id}/templates", null, api.get("/v1/numbers/wa_demo/templates"));
    String templateBody = Api.json("name", "conformance_check", "language", "pt_BR",
        "body", "Olá {{1}}, seu pedido {{2}} chegou.", "examples", List.of("Ana", "#1"));
    Reply template = check("POST", "/v1/sandbox/numbers/{id}/templates", templateBody,
        api.post("/v1/sandbox/numbers/wa_demo/templates", templateBody, t));
    check("POST", "/v1/sandbox/numbers/{id}/templates", templateBody,
        api.post("/v1/sandbox/numbers/wa_demo/templates", templateBody, t)); // the same name and language: 409
    String badTemplate = Api.json("name", "Not A Name", "language", "pt_BR", "body", "x");
    check("POST", "/v1/sandbox/numbers/{id}/templates", badTemplate,
        api.post("/v1/sandbox/numbers/wa_demo/templates", badTemplate, t));
    check("POST", "/v1/sandbox/numbers/{id}/templates", templateBody,
        api.post("/v1/sandbox/numbers/wa_demo/templates", templateBody, key(Sandbox.NUMBER_KEY)));
    check("POST", "/v1/sandbox/numbers/{id}/templates", templateBody,
        api.post("/v1/sandbox/numbers/wa_nope/templates", templateBody, t));
    check("POST", "/v1/sandbox/numbers/{id}/templates", templateBody,
        api.post("/v1/sandbox/numbers/wa_demo/templates", templateBody));
    check("GET", "/v1/embed/chat/conversations/{id}/templates", null,
        api.get("/v1/embed/chat/conversations/" + conversation + "/templates", b));
    check("GET", "/v1/embed/chat/conversations/{id}/templates", null,
        api.get("/v1/embed/chat/conversations/cv_nope/templates", b));
    check("GET", "/v1/embed/chat/conversations/{id}/templates", null,
        api.get("/v1/embed/chat/conversations/" + conversation + "/templates"));
    String closedAt = Api.json("lastInboundAt", sandbox.clock.instant().minus(Duration.ofHours(25)).toString());
    String lastInbound = "/v1/sandbox/conversations/" + conversation + "/last-inbound";
    check("POST", "/v1/sandbox/conversations/{id}/last-inbound", closedAt, api.post(lastInbound, closedAt, t));
    String future = Api.json("lastInboundAt", sandbox.clock.instant().plus(Duration.ofHours(1)).toString());
    check("POST", "/v1/sandbox/conversations/{id}/last-inbound", future, api.post(lastInbound, future, t));
    check("POST", "/v1/sandbox/conversations/{id}/last-inbound", closedAt,
        api.post("/v1/sandbox/conversations/cv_nope/last-inbound", closedAt, t));
    check("POST", "/v1/sandbox/conversations/{id}/last-inbound", closedAt,
        api.post(lastInbound, closedAt, key(Sandbox.NUMBER_KEY)));
    check("POST", "/v1/sandbox/conversations/{id}/last-inbound", closedAt, api.post(lastInbound, closedAt));
    check("POST", "/v1/embed/chat/conversations/{id}/messages", reply,
        api.post(path, reply, "Authorization", "Bearer " + chat, "Idempotency-Key", "conf-window")); // 409
    String filled = Api.json("templateId", template.at("/id"), "variables", List.of("Ana", "#4821"));
    check("POST", "/v1/embed/chat/conversations/{id}/messages", filled,
        api.post(path, filled, "Authorization", "Bearer " + chat, "Idempotency-Key", "conf-tpl"));
    String unknown = Api.json("templateId", "tpl_nope", "variables", List.of("Ana"));
    check("POST", "/v1/embed/chat/conversations/{id}/messages", unknown,
        api.post(path, unknown, "Authorization", "Bearer " + chat, "Idempotency-Key", "conf-tpl-404"));
    String wrongType = Api.json("templateId", template.at("/id"), "variables", List.of("Ana", 4821));
    check("POST", "/v1/embed/chat/conversations/{id}/messages", wrongType,
        api.post(path, wrongType, "Authorization", "Bearer " + chat, "Idempotency-Key", "conf-tpl-400"));

    // Conversation status, internal notes, reactions
    String base = "/v1/embed/chat/conversations/" + conversation;
    String resolved = Api.json("status", "resolved");
    check("PUT", "/v1/embed/chat/conversations/{id}/status", resolved, api.put(base + "/status", resolved, b));
    String badStatus = Api.json("status", "closed");
    check("PUT", "/v1/embed/chat/conversations/{id}/status", badStatus, api.put(base + "/status", badStatus, b));
    check("PUT", "/v1/embed/chat/conversations/{id}/status", resolved,
        api.put("/v1/embed/chat/conversations/cv_nope/status", resolved, b));
    check("PUT", "/v1/embed/chat/conversations/{id}/status", resolved, api.put(base + "/status", resolved));
    check("GET", "/v1/embed/chat/conversations", null, api.get("/v1/embed/chat/conversations?status=resolved", b));
    String note = Api.json("text", "Cliente VIP: oferecer frete grátis.");
    check("POST", "/v1/embed/chat/conversations/{id}/notes", note, api.post(base + "/notes", note, b));
    String emptyNote = Api.json("text", "");
    check("POST", "/v1/embed/chat/conversations/{id}/notes", emptyNote, api.post(base + "/notes", emptyNote, b));
    check("POST", "/v1/embed/chat/conversations/{id}/notes", note,
        api.post("/v1/embed/chat/conversations/cv_nope/notes", note, b));
    check("POST", "/v1/embed/chat/conversations/{id}/notes", note, api.post(base + "/notes", note));
    // A reaction is a free-form WhatsApp message: inside the window (opened again here), else 409 window_closed.
    api.post(lastInbound, Api.json("lastInboundAt", sandbox.clock.instant().toString()), t);
    String reaction = base + "/messages/" + first.at("/id") + "/reaction";
    String thumbs = Api.json("emoji", "👍");
    String tpl = "/v1/embed/chat/conversations/{id}/messages/{messageId}/reaction";
    check("PUT", tpl, thumbs, api.put(reaction, thumbs, b));
    String word = Api.json("emoji", "ok");
    check("PUT", tpl, word, api.put(reaction, word, b));
    check("PUT", tpl, thumbs, api.put(base + "/messages/msg_nope/reaction", thumbs, b));
    check("PUT", tpl, thumbs, api.put(reaction, thumbs));
    check("DELETE", tpl, null, api.delete(reaction, b));
    check("DELETE", tpl, null, api.delete(base + "/messages/msg_nope/reaction", b));
    check("DELETE", tpl, null, api.delete(reaction));
    api.post(lastInbound, closedAt, t);
    check("PUT", tpl, thumbs, api.put(reaction, thumbs, b)); // 409 window_closed
    String heart = Api.json("emoji", "❤️");
    String contactReaction = "/v1/sandbox/conversations/" + conversation + "/messages/" + first.at("/id") + "/reaction";
    String sandboxTpl = "/v1/sandbox/conversations/{id}/messages/{messageId}/reaction";
    check("POST", sandboxTpl, heart, api.post(contactReaction, heart, t));
    check("POST", sandboxTpl, word, api.post(contactReaction, word, t));
    check("POST", sandboxTpl, heart, api.post("/v1/sandbox/conversations/cv_nope/messages/msg_nope/reaction", heart, t));
    check("POST", sandboxTpl, heart, api.post(contactReaction, heart, key(Sandbox.NUMBER_KEY)));
    check("POST", sandboxTpl, heart, api.post(contactReaction, heart));
    String removal = "{\"emoji\":null}";
    check("POST", sandboxTpl, removal, api.post(contactReaction, removal, t));

    // Quick replies
    String quick = Api.json("shortcut", "greeting", "text", "Olá {{contact.firstName}}! Como posso ajudar?");
    Reply saved = check("POST", "/v1/quick-replies", quick, api.post("/v1/quick-replies", quick, t));
    check("POST", "/v1/quick-replies", quick, api.post("/v1/quick-replies", quick, t)); // the same shortcut: 409
    String unknownVariable = Api.json("shortcut", "bye", "text", "Tchau {{agent.name}}");
    check("POST", "/v1/quick-replies", unknownVariable, api.post("/v1/quick-replies", unknownVariable, t));
    check("POST", "/v1/quick-replies", quick, api.post("/v1/quick-replies", quick, key(Sandbox.NUMBER_KEY)));
    check("POST", "/v1/quick-replies", quick, api.post("/v1/quick-replies", quick));
    check("GET", "/v1/quick-replies", null, api.get("/v1/quick-replies", t));
    check("GET", "/v1/quick-replies", null, api.get("/v1/quick-replies", key(Sandbox.NUMBER_KEY)));
    check("GET", "/v1/quick-replies", null, api.get("/v1/quick-replies"));
    String quickId = "/v1/quick-replies/" + saved.at("/id");
    String changed = Api.json("shortcut", "hello", "text", "Oi {{contact.name}}!");
    check("PUT", "/v1/quick-replies/{id}", changed, api.put(quickId, changed, t));
    check("PUT", "/v1/quick-replies/{id}", unknownVariable, api.put(quickId, unknownVariable, t));
    check("PUT", "/v1/quick-replies/{id}", changed, api.put("/v1/quick-replies/qr_nope", changed, t));
    check("PUT", "/v1/quick-replies/{id}", changed, api.put(quickId, changed, key(Sandbox.NUMBER_KEY)));
    check("PUT", "/v1/quick-replies/{id}", changed, api.put(quickId, changed));
    String taken = Api.json("shortcut", "taken", "text", "x");
    api.post("/v1/quick-replies", taken, t);
    check("PUT", "/v1/quick-replies/{id}", taken, api.put(quickId, taken, t)); // another's shortcut: 409
    check("GET", "/v1/embed/chat/quick-replies", null, api.get("/v1/embed/chat/quick-replies", b));
    check("GET", "/v1/embed/chat/quick-replies", null, api.get("/v1/embed/chat/quick-replies"));
    check("DELETE", "/v1/quick-replies/{id}", null, api.delete(quickId, t));
    check("DELETE", "/v1/quick-replies/{id}", null, api.delete(quickId, t)); // gone: 404
    check("DELETE", "/v1/quick-replies/{id}", null, api.delete(quickId, key(Sandbox.NUMBER_KEY)));
    check("DELETE", "/v1/quick-replies/{id}", null, api.delete(quickId));

    check("POST", "/v1/embed/chat/conversations/{id}/read", null,
        api.post("/v1/embed/chat/conversations/" + conversation + "/read", "", b));
    check("POST", "/v1/embed/chat/conversations/{id}/read", null,
        api.post("/v1/embed/chat/conversations/cv_nope/read", "", b));
    check("GET", "/v1/embed/chat/events", null, streamHead("/v1/embed/chat/events", "Bearer " + chat, null));
    check("GET", "/v1/embed/chat/events", null, streamHead("/v1/embed/chat/events", "Bearer " + chat, "abc"));
    check("GET", "/v1/embed/chat/events", null, streamHead("/v1/embed/chat/events", null, null));

    // The internal feed of chat-app instances
    check("GET", "/v1/internal/events", null, streamHead("/v1/internal/events", "Bearer " + serviceCredential, null));
    check("GET", "/v1/internal/events", null,
        streamHead("/v1/internal/events", "Bearer " + serviceCredential, "abc"));
    check("GET", "/v1/internal/events", null, streamHead("/v1/internal/events", "Bearer " + chat, null));

    // Webhooks
    check("GET", "/v1/webhooks", null, api.get("/v1/webhooks", t));
    check("GET", "/v1/webhooks", null, api.get("/v1/webhooks", key(Sandbox.NUMBER_KEY)));
    // A loopback target (private targets are allowed here, as in local development): nothing leaves the machine.
    String hook = Api.json("url", "http://127.0.0.1:9/pilot-status", "secret", "whsec_0123456789abcdef");
    check("PUT", "/v1/webhooks", hook, api.put("/v1/webhooks", hook, t));
    String badHook = Api.json("url", "ftp://nope", "secret", "short");
    check("PUT", "/v1/webhooks", badHook, api.put("/v1/webhooks", badHook, t));

    // Media: a contact's photo and place, an agent's upload and send, the file for a token and for chat-app
    String photo = Api.json("from", "+5511988887701", "text", "Olha a etiqueta", "media", Map.of("kind", "image"));
    Reply photoMessage = check("POST", "/v1/sandbox/numbers/{id}/inbound", photo,
        api.post("/v1/sandbox/numbers/wa_demo/inbound", photo, t));
    String place = Api.json("from", "+5511988887701", "location", Map.of("latitude", -23.5613, "longitude", -46.6565,
        "name", "MASP"));
    check("POST", "/v1/sandbox/numbers/{id}/inbound", place, api.post("/v1/sandbox/numbers/wa_demo/inbound", place, t));
    String mediaConversation = photoMessage.at("/conversationId");
    String upload = "/v1/embed/chat/conversations/" + mediaConversation + "/media?fileName=nota.pdf";
    byte[] pdf = "%PDF-1.4\n%%EOF\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    Reply uploaded = check("POST", "/v1/embed/chat/conversations/{id}/media", null,
        api.post(upload, pdf, "application/pdf", b));
    check("POST", "/v1/embed/chat/conversations/{id}/media", null, api.post(upload, pdf, "text/html", b));
    check("POST", "/v1/embed/chat/conversations/{id}/media", null,
        api.post(upload, new byte[5 * 1024 * 1024 + 1], "image/png", b));
    check("POST", "/v1/embed/chat/conversations/{id}/media", null, api.post(upload, new byte[0], "text/plain", b));
    check("POST", "/v1/embed/chat/conversations/{id}/media", null,
        api.post("/v1/embed/chat/conversations/cv_nope/media", pdf, "application/pdf", b));
    String mediaPath = "/v1/embed/chat/conversations/" + mediaConversation + "/messages";
    String mediaSend = Api.json("mediaId", uploaded.at("/id"), "caption", "Segue a nota");
    check("POST", "/v1/embed/chat/conversations/{id}/messages", mediaSend,
        api.post(mediaPath, mediaSend, "Authorization", "Bearer " + chat, "Idempotency-Key", "conf-media"));
    check("GET", "/v1/embed/chat/media/{mediaId}", null, api.get("/v1/embed/chat/media/" + uploaded.at("/id"), b));
    String metadata = "/v1/embed/chat/media/{mediaId}/metadata";
    check("GET", metadata, null, api.get("/v1/embed/chat/media/" + uploaded.at("/id") + "/metadata", b));
    check("GET", metadata, null, api.get("/v1/embed/chat/media/med_missing/metadata", b));
    check("GET", metadata, null, api.get("/v1/embed/chat/media/" + uploaded.at("/id") + "/metadata"));
    String plan = "/v1/sandbox/numbers/wa_demo/media-subscription";
    String noMedia = Api.json("active", false);
    check("POST", "/v1/sandbox/numbers/{id}/media-subscription", noMedia, api.post(plan, noMedia, t));
    check("POST", "/v1/embed/chat/conversations/{id}/media", null, api.post(upload, pdf, "application/pdf", b));
    check("POST", "/v1/embed/chat/conversations/{id}/messages", mediaSend,
        api.post(mediaPath, mediaSend, "Authorization", "Bearer " + chat, "Idempotency-Key", "conf-media-402"));
    String withMedia = Api.json("active", true);
    check("POST", "/v1/sandbox/numbers/{id}/media-subscription", withMedia, api.post(plan, withMedia, t));
    check("POST", "/v1/sandbox/numbers/{id}/media-subscription", "{}", api.post(plan, "{}", t));
    check("POST", "/v1/sandbox/numbers/{id}/media-subscription", withMedia,
        api.post("/v1/sandbox/numbers/wa_nope/media-subscription", withMedia, t));
    check("GET", "/v1/embed/chat/media/{mediaId}", null,
        api.get("/v1/embed/chat/media/" + photoMessage.at("/media/id"), b));
    check("GET", "/v1/embed/chat/media/{mediaId}", null, api.get("/v1/embed/chat/media/med_nope", b));
    check("GET", "/v1/internal/media/{mediaId}", null,
        api.get("/v1/internal/media/" + uploaded.at("/id"), bearer(serviceCredential)));
    check("GET", "/v1/internal/media/{mediaId}", null, api.get("/v1/internal/media/" + uploaded.at("/id"), b));

    // Sandbox controls
    String inbound = Api.json("from", "+5511988887777", "name", "Beatriz Lima", "text", "Oi!");
    check("POST", "/v1/sandbox/numbers/{id}/inbound", inbound,
        api.post("/v1/sandbox/numbers/wa_demo/inbound", inbound, t));
    String badInbound = Api.json("from", "nope", "text", "Oi!");
    check("POST", "/v1/sandbox/numbers/{id}/inbound", badInbound,
        api.post("/v1/sandbox/numbers/wa_demo/inbound", badInbound, t));
    check("POST", "/v1/sandbox/numbers/{id}/inbound", inbound,
        api.post("/v1/sandbox/numbers/wa_nope/inbound", inbound, t));
    check("POST", "/v1/sandbox/numbers/{id}/inbound", inbound,
        api.post("/v1/sandbox/numbers/wa_demo/inbound", inbound, key(Sandbox.NUMBER_KEY)));
    check("POST", "/v1/sandbox/numbers/{id}/keys", null, api.post("/v1/sandbox/numbers/wa_demo/keys", "", t));
    String badFaults = Api.json("sendFailures", -1);
    check("POST", "/v1/sandbox/faults", badFaults, api.post("/v1/sandbox/faults", badFaults, Sandbox.admin()));
    check("POST", "/v1/sandbox/keys/rotate", null, api.post("/v1/sandbox/keys/rotate", "", Sandbox.admin()));
    check("POST", "/v1/sandbox/keys/rotate", null, api.post("/v1/sandbox/keys/rotate", "", t));
    check("POST", "/v1/sandbox/keys/rotate", null, api.post("/v1/sandbox/keys/rotate", ""));
    String tenantBody = Api.json("name", "Second SaaS");
    check("POST", "/v1/sandbox/tenants", tenantBody, api.post("/v1/sandbox/tenants", tenantBody, Sandbox.admin()));
    check("POST", "/v1/sandbox/tenants", tenantBody, api.post("/v1/sandbox/tenants", tenantBody, t));

    // Last, as it removes the number the calls above used.
    check("DELETE", "/v1/numbers/{id}", null, api.delete("/v1/numbers/" + numberId, t));
    check("DELETE", "/v1/numbers/{id}", null, api.delete("/v1/numbers/" + numberId, t));

    Set<String> notReplayed = new TreeSet<>(documentedOperations());
    notReplayed.removeAll(replayed);
    assertThat(violations).as("requests and responses that do not match docs/openapi.yaml").isEmpty();
    assertThat(notReplayed).as("documented operations with no successful replay").isEmpty();
  }

  // ---- the checks ------------------------------------------------------------------------------------------------

  /** Checks one exchange against the document; returns the reply for the next step. */
  private Reply check(String method, String template, String requestBody, Reply reply) {
    String where = method + " " + template + " → " + reply.status();
    JsonNode operation = document.path("paths").path(template).path(method.toLowerCase());
    if (operation.isMissingNode()) {
      violations.add(where + ": no such operation in the document");
      return reply;
    }
    boolean success = reply.status() >= 200 && reply.status() < 300;
    if (success) {
      replayed.add(method + " " + template.replaceAll("\\{[^}]+}", "{}"));
    }
    if (success && requestBody != null) {
      JsonNode schema = operation.path("requestBody").path("content").path("application/json").path("schema");
      if (schema.isMissingNode()) {
        violations.add(where + ": sent a JSON body, the document has no requestBody");
      } else {
        validate(where + " request", schema, parse(requestBody));
      }
    }
    JsonNode response = resolve(operation.path("responses").path(Integer.toString(reply.status())));
    if (response.isMissingNode()) {
      violations.add(where + ": status not documented; body " + reply.text());
      return reply;
    }
    for (Iterator<Map.Entry<String, JsonNode>> it = response.path("headers").fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> header = it.next();
      if (header.getValue().path("required").asBoolean() && reply.headers().firstValue(header.getKey()).isEmpty()) {
        violations.add(where + ": required header " + header.getKey() + " missing");
      }
    }
    JsonNode content = response.path("content");
    if (content.isMissingNode() && reply.text().isEmpty()) {
      return reply; // a documented answer without a body (204): nothing to check, whatever the default content type says
    }
    String contentType = reply.headers().firstValue("Content-Type").orElse("").split(";")[0].trim();
    if (!content.has(contentType)) {
      violations.add(where + ": content type " + contentType + " not documented (" + content.fieldNames() + ")");
    } else if (contentType.equals("application/json")) {
      validate(where + " response", content.path(contentType).path("schema"), parse(reply.text()));
    }
    return reply;
  }

  private void validate(String where, JsonNode schema, JsonNode instance) {
    if (instance == null) {
      violations.add(where + ": not JSON");
      return;
    }
    ObjectNode wrapper = JSON.createObjectNode();
    wrapper.put("$schema", "https://json-schema.org/draft/2020-12/schema");
    wrapper.set("components", document.path("components"));
    wrapper.putArray("allOf").add(schema);
    Set<ValidationMessage> errors = SCHEMAS.getSchema(wrapper, STRICT).validate(instance);
    if (!errors.isEmpty()) {
      violations.add(where + ": " + errors + " in " + instance);
    }
  }

  /** A {@code $ref: '#/components/responses/X'} followed to X. */
  private static JsonNode resolve(JsonNode node) {
    String ref = node.path("$ref").asText("");
    return ref.startsWith("#/") ? document.at(ref.substring(1)) : node;
  }

  /** "METHOD /v1/path/{}" of every operation in the document. */
  private static Set<String> documentedOperations() {
    Set<String> out = new LinkedHashSet<>();
    document.path("paths").fields().forEachRemaining(path -> {
      for (String method : METHODS) {
        if (path.getValue().has(method)) {
          out.add(method.toUpperCase() + " " + path.getKey().replaceAll("\\{[^}]+}", "{}"));
        }
      }
    });
    return out;
  }

  private static JsonNode parse(String text) {
    try {
      return JSON.readTree(text);
    } catch (IOException e) {
      return null;
    }
  }

  private static String tokenOf(Reply link) {
    String url = link.at("/remotePairingUrl");
    return url.substring(url.lastIndexOf('/') + 1);
  }

  /** The status, headers and (when not a stream) body of an SSE request; a stream is closed once its head arrived. */
  private static Reply streamHead(String path, String authorization, String lastEventId) throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(api.base() + path))
        .timeout(Duration.ofSeconds(10)).GET();
    if (authorization != null) {
      request.header("Authorization", authorization);
    }
    if (lastEventId != null) {
      request.header("Last-Event-ID", lastEventId);
    }
    HttpResponse<InputStream> response = HttpClient.newHttpClient().send(request.build(),
        HttpResponse.BodyHandlers.ofInputStream());
    try (InputStream body = response.body()) {
      if (response.statusCode() == 200) {
        return new Reply(200, response.headers(), "", JSON.missingNode());
      }
      String text = new String(body.readAllBytes(), StandardCharsets.UTF_8);
      return new Reply(response.statusCode(), response.headers(), text, parse(text));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
