package com.pilotstatus.embed.platform.sandbox;

import com.pilotstatus.embed.branding.Branding;
import com.pilotstatus.embed.platform.SandboxConfig;
import com.pilotstatus.embed.platform.auth.ApiKeys;
import com.pilotstatus.embed.platform.chat.ChatService;
import com.pilotstatus.embed.platform.number.NumberProvider;
import com.pilotstatus.embed.platform.number.NumberService;
import com.pilotstatus.embed.platform.number.NumberState;
import com.pilotstatus.embed.platform.number.WhatsappNumber;
import com.pilotstatus.embed.platform.template.TemplateService;
import com.pilotstatus.embed.platform.tenant.Tenant;
import com.pilotstatus.embed.platform.tenant.TenantRepository;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * The demo tenant the sandbox starts with: its tenant key ({@code PS_SANDBOX_TENANT_KEY}), one OPEN number
 * ({@code wa_demo}) with its number key ({@code PS_SANDBOX_NUMBER_KEY}), and a few realistic conversations with pt-BR
 * and English contacts.
 */
public final class DemoSeed {

  public static final String TENANT_ID = "tn_demo";
  /** Random per start (key ids are not derived from names: knowing the scheme must not give the id). */
  public static final String TENANT_KEY_ID = ApiKeys.newKeyId();
  public static final String NUMBER_KEY_ID = ApiKeys.newKeyId();
  public static final String NUMBER_ID = "wa_demo";

  private DemoSeed() {
  }

  public static void plant(SandboxConfig config, TenantRepository tenants, ApiKeys apiKeys, NumberService numbers,
                           ChatService chat, TemplateService templates, Clock clock) {
    tenants.save(new Tenant(TENANT_ID, "Demo SaaS", Branding.EMPTY,
        config.webhookUrl().isEmpty() ? null : config.webhookUrl(),
        config.webhookSecret().isEmpty() ? null : config.webhookSecret()));
    apiKeys.register(TENANT_KEY_ID, TENANT_ID, null, config.tenantKey());
    if (!config.seedDemo()) {
      return;
    }
    Instant now = clock.instant();
    WhatsappNumber number = new WhatsappNumber(NUMBER_ID, TENANT_ID, "PS-" + TENANT_ID + "-demo", "5511987654321",
        "Suporte Demo", NumberProvider.WHATSAPP, NumberState.OPEN, NUMBER_KEY_ID, now.minus(Duration.ofDays(30)),
        null, null);
    numbers.seed(number);
    apiKeys.register(NUMBER_KEY_ID, TENANT_ID, NUMBER_ID, config.numberKey());

    conversation(chat, number, now.minus(Duration.ofHours(26)), "5511912345678", "Ana Souza",
        "in:Oi! Meu pedido #4821 ainda não chegou, pode verificar?",
        "out:Olá, Ana! Vou verificar agora mesmo.",
        "out:Seu pedido saiu para entrega hoje cedo e chega até as 18h.",
        "in:Perfeito, muito obrigada!");
    conversation(chat, number, now.minus(Duration.ofHours(3)), "14155550123", "Emily Carter",
        "in:Hi, can I change the delivery address for order 7719?",
        "out:Sure, Emily. What is the new address?",
        "in:221 Pine Street, Apt 5, San Francisco.");
    conversation(chat, number, now.minus(Duration.ofMinutes(95)), "5521998877665", "João Pereira",
        "in:Bom dia! Vocês emitem nota fiscal para pessoa jurídica?",
        "out:Bom dia, João! Emitimos sim, é só informar o CNPJ no checkout.",
        "in:Ótimo. E o prazo para o Rio de Janeiro?",
        "new:Consigo receber até sexta?");
    conversation(chat, number, now.minus(Duration.ofMinutes(40)), "447700900123", "James Wilson",
        "out:Hi James, your subscription renews tomorrow.",
        "new:Thanks! Can I switch to the annual plan before that?");
    conversation(chat, number, now.minus(Duration.ofMinutes(12)), "5531987651234", "Mariana Costa",
        "in:Oi, tudo bem? Quero trocar um produto que veio com defeito.",
        "out:Oi, Mariana! Sinto muito. Pode mandar uma foto do defeito?",
        "new:Claro, segue a foto. O zíper quebrou no primeiro uso.",
        "new:Preciso enviar pelos Correios?");

    // Ana wrote 26 hours ago: her window is closed, so her thread shows the templates (issue 18).
    template(templates, number, "order_update", "pt_BR", "Olá {{1}}! Seu pedido {{2}} foi atualizado: {{3}}.",
        "Ana", "#4821", "saiu para entrega");
    template(templates, number, "order_update", "en_US", "Hi {{1}}! Your order {{2}} was updated: {{3}}.",
        "Emily", "#7719", "out for delivery");
    template(templates, number, "follow_up", "en_US",
        "Hi {{1}}, we are following up on your last message. Reply to this message to continue the conversation.",
        "James");
    template(templates, number, "retomar_atendimento", "pt_BR",
        "Oi {{1}}, tudo bem? Estamos à disposição para continuar o seu atendimento. É só responder esta mensagem.",
        "Ana");
    template(templates, number, "seguimiento_pedido", "es",
        "Hola {{1}}, tu pedido {{2}} llegará el {{3}}.", "Lucía", "#5120", "viernes");
  }

  private static void template(TemplateService templates, WhatsappNumber number, String name, String language,
                               String body, String... examples) {
    templates.create(number, new TemplateService.Draft(name, language, "UTILITY", "APPROVED", body,
        List.of(examples)));
  }

  /** Messages a few minutes apart from {@code start}; {@code in:} read inbound, {@code new:} unread inbound. */
  private static void conversation(ChatService chat, WhatsappNumber number, Instant start, String contact,
                                   String name, String... lines) {
    Instant at = start;
    for (String line : lines) {
      int colon = line.indexOf(':');
      String kind = line.substring(0, colon);
      chat.seed(number, contact, name, kind.equals("out") ? "outbound" : "inbound", line.substring(colon + 1), at,
          kind.equals("new"));
      at = at.plus(Duration.ofMinutes(3));
    }
  }
}
