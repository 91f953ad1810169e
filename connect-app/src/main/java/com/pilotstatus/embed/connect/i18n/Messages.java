package com.pilotstatus.embed.connect.i18n;

import com.pilotstatus.embed.i18n.EmbedLocale;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;

/**
 * The page's texts in English, Portuguese (Brazil) and Spanish. Every key exists in every language: a test checks it,
 * so a missing translation fails the build instead of showing a key to a customer.
 */
public final class Messages {

  private static final String[] KEYS_AND_TEXTS = {
      // key, en, pt, es
      "page.title", "Connect your WhatsApp", "Conecte seu WhatsApp", "Conecta tu WhatsApp",
      "page.subtitle", "Link your number in a few seconds.", "Vincule seu número em poucos segundos.",
      "Vincula tu número en unos segundos.",
      "number.label", "Number", "Número", "Número",
      "loading", "Preparing your code…", "Preparando seu código…", "Preparando tu código…",
      "tab.qr", "QR code", "QR code", "Código QR",
      "tab.code", "Pairing code", "Código de pareamento", "Código de vinculación",
      "qr.instructions", "On your phone, open WhatsApp → Settings → Linked devices → Link a device, and scan this code.",
      "No celular, abra o WhatsApp → Configurações → Aparelhos conectados → Conectar um aparelho e escaneie este código.",
      "En tu teléfono, abre WhatsApp → Ajustes → Dispositivos vinculados → Vincular un dispositivo y escanea este código.",
      "qr.alt", "QR code to link WhatsApp", "QR code para conectar o WhatsApp", "Código QR para vincular WhatsApp",
      "qr.countdown", "New code in", "Novo código em", "Nuevo código en",
      "qr.ref", "Code", "Código", "Código",
      "qr.of", "of", "de", "de",
      "code.instructions",
      "On your phone: WhatsApp → Linked devices → Link a device → Link with phone number instead, then type this code.",
      "No celular: WhatsApp → Aparelhos conectados → Conectar um aparelho → Conectar com número de telefone e digite este código.",
      "En tu teléfono: WhatsApp → Dispositivos vinculados → Vincular un dispositivo → Vincular con número de teléfono y escribe este código.",
      "code.copy", "Copy", "Copiar", "Copiar",
      "code.copied", "Copied", "Copiado", "Copiado",
      "code.expires", "Expires in", "Expira em", "Caduca en",
      "linking.title", "Linking…", "Conectando…", "Vinculando…",
      "linking.body", "Keep WhatsApp open on your phone while we finish.",
      "Mantenha o WhatsApp aberto no celular enquanto finalizamos.",
      "Mantén WhatsApp abierto en tu teléfono mientras terminamos.",
      "connected.title", "Connected!", "Conectado!", "¡Conectado!",
      "connected.body", "Your WhatsApp number is connected. You can close this page.",
      "Seu número de WhatsApp está conectado. Você pode fechar esta página.",
      "Tu número de WhatsApp está conectado. Puedes cerrar esta página.",
      "idle.title", "This code has expired", "Este código expirou", "Este código caducó",
      "idle.body", "No scan arrived in time. Generate a new code to try again.",
      "Nenhuma leitura chegou a tempo. Gere um novo código para tentar de novo.",
      "No se escaneó a tiempo. Genera un código nuevo para intentarlo otra vez.",
      "idle.button", "Generate a new code", "Gerar um novo código", "Generar un código nuevo",
      "expired.title", "This link is no longer valid", "Este link não é mais válido", "Este enlace ya no es válido",
      "expired.body", "It has expired or was already used. Ask for a new pairing link.",
      "Ele expirou ou já foi usado. Peça um novo link de pareamento.",
      "Caducó o ya se usó. Pide un nuevo enlace de vinculación.",
      "error.title", "Something went wrong", "Algo deu errado", "Algo salió mal",
      "error.unavailable", "The pairing service is unavailable. Try again in a moment.",
      "O serviço de pareamento está indisponível. Tente novamente em instantes.",
      "El servicio de vinculación no está disponible. Inténtalo de nuevo en un momento.",
      "error.retry", "Try again", "Tentar novamente", "Intentar de nuevo",
      "error.notFound", "This page does not exist.", "Esta página não existe.", "Esta página no existe.",
      "error.internal", "The pairing service failed unexpectedly. Try again in a moment.",
      "O serviço de pareamento falhou inesperadamente. Tente novamente em instantes.",
      "El servicio de vinculación falló inesperadamente. Inténtalo de nuevo en un momento.",
      "error.refused", "The request was refused.", "A solicitação foi recusada.", "La solicitud fue rechazada.",
      "meta.embedded.title", "Connect your WhatsApp Business account", "Conecte sua conta do WhatsApp Business",
      "Conecta tu cuenta de WhatsApp Business",
      "meta.embedded.body", "Sign in with Facebook to choose or create your WhatsApp Business account.",
      "Entre com o Facebook para escolher ou criar sua conta do WhatsApp Business.",
      "Inicia sesión con Facebook para elegir o crear tu cuenta de WhatsApp Business.",
      "meta.embedded.button", "Continue with Facebook", "Continuar com o Facebook", "Continuar con Facebook",
      "meta.embedded.waiting", "Finish the steps in the Facebook window…", "Conclua as etapas na janela do Facebook…",
      "Completa los pasos en la ventana de Facebook…",
      "meta.embedded.cancelled", "The Facebook window closed before the signup finished. Try again.",
      "A janela do Facebook fechou antes de concluir o cadastro. Tente novamente.",
      "La ventana de Facebook se cerró antes de terminar el registro. Inténtalo de nuevo.",
      "meta.embedded.unconfigured", "Meta Embedded Signup is not configured on this server.",
      "O Embedded Signup da Meta não está configurado neste servidor.",
      "Embedded Signup de Meta no está configurado en este servidor.",
      "meta.credentials.title", "Enter your WhatsApp Business credentials", "Informe suas credenciais do WhatsApp Business",
      "Introduce tus credenciales de WhatsApp Business",
      "meta.credentials.body", "Find them in Meta Business Suite → WhatsApp Manager → API setup.",
      "Você as encontra no Meta Business Suite → WhatsApp Manager → Configuração da API.",
      "Las encuentras en Meta Business Suite → WhatsApp Manager → Configuración de la API.",
      "meta.wabaId", "WhatsApp Business Account ID", "ID da conta do WhatsApp Business",
      "ID de la cuenta de WhatsApp Business",
      "meta.phoneNumberId", "Phone number ID", "ID do número de telefone", "ID del número de teléfono",
      "meta.accessToken", "Access token", "Token de acesso", "Token de acceso",
      "meta.submit", "Connect", "Conectar", "Conectar",
      "meta.invalid.wabaId", "Enter the 5 to 20 digit WhatsApp Business Account ID.",
      "Informe o ID da conta do WhatsApp Business, de 5 a 20 dígitos.",
      "Introduce el ID de la cuenta de WhatsApp Business, de 5 a 20 dígitos.",
      "meta.invalid.phoneNumberId", "Enter the 5 to 20 digit phone number ID.",
      "Informe o ID do número de telefone, de 5 a 20 dígitos.",
      "Introduce el ID del número de teléfono, de 5 a 20 dígitos.",
      "meta.invalid.accessToken", "Enter a Meta access token: it starts with EAA and is at least 20 characters.",
      "Informe um token de acesso da Meta: começa com EAA e tem pelo menos 20 caracteres.",
      "Introduce un token de acceso de Meta: empieza por EAA y tiene al menos 20 caracteres.",
      "meta.rejected", "Meta did not accept these details. Check them and try again.",
      "A Meta não aceitou esses dados. Confira e tente novamente.",
      "Meta no aceptó estos datos. Revísalos e inténtalo de nuevo.",
  };

  private static final Map<EmbedLocale, Messages> BY_LOCALE = new EnumMap<>(EmbedLocale.class);

  static {
    EmbedLocale[] order = {EmbedLocale.EN, EmbedLocale.PT, EmbedLocale.ES};
    for (int l = 0; l < order.length; l++) {
      Map<String, String> texts = new HashMap<>();
      for (int i = 0; i < KEYS_AND_TEXTS.length; i += 4) {
        texts.put(KEYS_AND_TEXTS[i], KEYS_AND_TEXTS[i + 1 + l]);
      }
      BY_LOCALE.put(order[l], new Messages(order[l], texts));
    }
  }

  private final EmbedLocale locale;
  private final Map<String, String> texts;

  private Messages(EmbedLocale locale, Map<String, String> texts) {
    this.locale = locale;
    this.texts = texts;
  }

  public static Messages of(EmbedLocale locale) {
    return BY_LOCALE.get(locale == null ? EmbedLocale.EN : locale);
  }

  public EmbedLocale locale() {
    return locale;
  }

  /** The text of {@code key}. @throws IllegalArgumentException for an unknown key (a template bug). */
  public String get(String key) {
    String text = texts.get(key);
    if (text == null) {
      throw new IllegalArgumentException("no text for key " + key);
    }
    return text;
  }

  /** Every key (for the completeness test). */
  public static java.util.Set<String> keys() {
    return BY_LOCALE.get(EmbedLocale.EN).texts.keySet();
  }
}
