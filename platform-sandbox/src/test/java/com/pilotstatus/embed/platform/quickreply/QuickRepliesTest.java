package com.pilotstatus.embed.platform.quickreply;

import static com.pilotstatus.embed.platform.testing.Sandbox.DEMO_NUMBER;
import static com.pilotstatus.embed.platform.testing.Sandbox.bearer;
import static com.pilotstatus.embed.platform.testing.Sandbox.key;
import static com.pilotstatus.embed.platform.testing.Sandbox.tenant;
import static org.assertj.core.api.Assertions.assertThat;

import com.pilotstatus.embed.platform.testing.Api;
import com.pilotstatus.embed.platform.testing.Reply;
import com.pilotstatus.embed.platform.testing.Sandbox;
import com.pilotstatus.embed.platform.testing.SandboxTest;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;

/**
 * Quick replies over real HTTP (issue 18): a tenant saves, lists, replaces and deletes them with its key; the chat
 * session of that tenant lists them; the shortcut and text rules (length, grammar, documented variables only,
 * unique shortcut) answer 400/409 naming the field; another tenant's quick reply is 404, a number key 403.
 * Not covered: the composer that inserts them (not built yet).
 */
class QuickRepliesTest extends SandboxTest {

  @Test
  void tenant_saves_lists_replaces_and_deletes_a_quick_reply() {
    String shortcut = shortcut();

    Reply created = create(shortcut, "Olá {{contact.firstName}}! Como posso ajudar?");
    String id = created.at("/id");
    Reply replaced = api.put("/v1/quick-replies/" + id, Api.json("shortcut", shortcut + "-2", "text",
        "Oi {{ contact.name }}, seu número é {{contact.number}}"), tenant());

    assertThat(created.status()).isEqualTo(201);
    assertThat(id).startsWith("qr_");
    assertThat(replaced.status()).isEqualTo(200);
    assertThat(replaced.at("/shortcut")).isEqualTo(shortcut + "-2");
    assertThat(Api.texts(api.get("/v1/quick-replies", tenant()).json().get("data"), "/id")).contains(id);
    assertThat(api.delete("/v1/quick-replies/" + id, tenant()).status()).isEqualTo(200);
    assertThat(Api.texts(api.get("/v1/quick-replies", tenant()).json().get("data"), "/id")).doesNotContain(id);
  }

  @Test
  void chat_session_lists_its_tenants_quick_replies_only() {
    String mine = create(shortcut(), "Só nosso").at("/id");
    String otherKey = sandbox.newTenantKey();
    String theirs = api.post("/v1/quick-replies", Api.json("shortcut", shortcut(), "text", "Deles"), key(otherKey))
        .at("/id");

    Reply listed = api.get("/v1/embed/chat/quick-replies", bearer(sandbox.chatToken(Sandbox.TENANT_KEY, DEMO_NUMBER)));

    assertThat(listed.status()).isEqualTo(200);
    assertThat(Api.texts(listed.json().get("data"), "/id")).contains(mine).doesNotContain(theirs);
    assertThat(api.get("/v1/embed/chat/quick-replies").status()).isEqualTo(401);
  }

  @Test
  void bad_shortcut_or_text_is_400_naming_the_field() {
    assertThat(create("Greeting", "x").errorField()).isEqualTo("shortcut");
    assertThat(create("-greeting", "x").errorField()).isEqualTo("shortcut");
    assertThat(create("a".repeat(33), "x").errorField()).isEqualTo("shortcut");
    assertThat(create(shortcut(), " ").errorField()).isEqualTo("text");
    assertThat(create(shortcut(), "x".repeat(1025)).errorField()).isEqualTo("text");
    Reply unknown = create(shortcut(), "Tchau {{agent.name}}");
    assertThat(unknown.status()).isEqualTo(400);
    assertThat(unknown.errorCode()).isEqualTo("invalid_request");
    assertThat(unknown.at("/error/message")).contains("{{agent.name}}");
    Reply wrongType = api.post("/v1/quick-replies", Api.json("shortcut", 7, "text", "x"), tenant());
    assertThat(wrongType.errorField()).isEqualTo("shortcut");
  }

  @Test
  void taken_shortcut_is_409_on_create_and_replace() {
    String shortcut = shortcut();
    create(shortcut, "Primeira");
    String other = create(shortcut(), "Segunda").at("/id");

    assertThat(create(shortcut, "De novo").status()).isEqualTo(409);
    assertThat(api.put("/v1/quick-replies/" + other, Api.json("shortcut", shortcut, "text", "x"), tenant()).status())
        .isEqualTo(409);
  }

  @Test
  void another_tenants_quick_reply_is_404_and_a_number_key_is_403() {
    String otherKey = sandbox.newTenantKey();
    String theirs = api.post("/v1/quick-replies", Api.json("shortcut", shortcut(), "text", "Deles"), key(otherKey))
        .at("/id");

    Reply put = api.put("/v1/quick-replies/" + theirs, Api.json("shortcut", shortcut(), "text", "x"), tenant());
    Reply delete = api.delete("/v1/quick-replies/" + theirs, tenant());

    assertThat(put.status()).isEqualTo(404);
    assertThat(put.errorCode()).isEqualTo("not_found");
    assertThat(delete.status()).isEqualTo(404);
    assertThat(api.get("/v1/quick-replies", key(Sandbox.NUMBER_KEY)).status()).isEqualTo(403);
  }

  private static Reply create(String shortcut, String text) {
    return api.post("/v1/quick-replies", Api.json("shortcut", shortcut, "text", text), tenant());
  }

  private static String shortcut() {
    return "qr" + ThreadLocalRandom.current().nextInt(1_000_000);
  }
}
