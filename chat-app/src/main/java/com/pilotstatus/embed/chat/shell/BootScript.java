package com.pilotstatus.embed.chat.shell;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.pilotstatus.embed.appearance.Appearance;
import com.pilotstatus.embed.i18n.EmbedLocale;
import com.pilotstatus.embed.kit.http.SecurityHeadersPlugin;
import com.pilotstatus.embed.protocol.ChatHeaders;
import com.pilotstatus.embed.protocol.ChatPaths;
import com.pilotstatus.embed.protocol.Envelope;
import com.pilotstatus.embed.protocol.Field;
import com.pilotstatus.embed.protocol.Message;
import com.pilotstatus.embed.protocol.MessageType;
import com.pilotstatus.embed.protocol.ProtocolVersion;
import com.pilotstatus.embed.theme.Theme;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The chat iframe's boot script (browser module, {@code chat-boot.js}) as the shell inlines it at the top of its
 * {@code <head>}: it runs while the page is parsed, with no request of its own, posts {@code ready} and paints the
 * first inbox before the runtime has run (browser/README.md, issue 17 §2). The wire names it needs are written into
 * it here, from the declarations the servers and the runtime use, so none is spelled twice. The CSP allows exactly
 * this text by its hash ({@link #cspSource}), next to {@code 'self'}; no {@code 'unsafe-inline'}.
 */
public final class BootScript {

  static final String RESOURCE = "pilot-status/js/chat-boot.js";
  private static final String SLOT = "/*wire*/null";

  private final String source;
  private final String cspSource;

  private BootScript(String source) {
    this.source = source;
    this.cspSource = SecurityHeadersPlugin.scriptHashSource(source);
  }

  /** Reads the script from the classpath and writes the wire names in. */
  public static BootScript load() {
    String text = read();
    if (!text.contains(SLOT)) {
      throw new IllegalStateException(RESOURCE + " has no " + SLOT + " for the wire names");
    }
    String source = text.replace(SLOT, wireJson());
    if (source.toLowerCase(java.util.Locale.ROOT).contains("</script")) {
      throw new IllegalStateException(RESOURCE + " would end its own <script> element");
    }
    return new BootScript(source);
  }

  /** The script's text, for the shell's inline {@code <script>}. */
  public String source() {
    return source;
  }

  /** {@code 'sha256-…'}: the CSP source that allows this text and nothing else. */
  public String cspSource() {
    return cspSource;
  }

  /** The names the script reads from {@code WIRE}; {@code ready} is the shared encoder's envelope. */
  private static String wireJson() {
    Map<String, Object> headers = new LinkedHashMap<>();
    headers.put("parentOrigin", ChatHeaders.PARENT_ORIGIN);
    headers.put("locale", ChatHeaders.LOCALE);
    headers.put("zone", ChatHeaders.TIME_ZONE);
    headers.put("state", ChatHeaders.STATE);
    headers.put("unread", ChatHeaders.UNREAD_COUNT);
    Map<String, Object> wire = new LinkedHashMap<>();
    wire.put("ready", envelope(Envelope.ready()));
    wire.put("source", Envelope.SOURCE);
    wire.put("v", Envelope.VERSION);
    wire.put("init", MessageType.INIT.wireName());
    wire.put("fields", initFields());
    wire.put("protocol", ProtocolVersion.FIELD);
    wire.put("major", ProtocolVersion.MAJOR);
    wire.put("appearance", Appearance.FIELD);
    wire.put("themes", Arrays.stream(Theme.values()).map(Theme::code).toList());
    wire.put("locale", EmbedLocale.EN.code());
    wire.put("inbox", ChatPaths.FIRST_INBOX);
    wire.put("headers", headers);
    try {
      return new ObjectMapper().writeValueAsString(wire);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * The rules of {@code init}'s payload ({@link MessageType#INIT}): the script starts nothing for an {@code init} the
   * runtime's decoder would drop (ChatIframeFuzzIT). They are all strings; an integer one would need the script's
   * check to learn integers first.
   */
  private static List<Map<String, Object>> initFields() {
    List<Map<String, Object>> fields = new ArrayList<>();
    for (Field field : MessageType.INIT.payloadFields()) {
      if (field.isInteger()) {
        throw new IllegalStateException("chat-boot.js checks string fields only: " + field.describe());
      }
      Map<String, Object> rule = new LinkedHashMap<>();
      rule.put("name", field.name());
      rule.put("required", field.isRequired());
      rule.put("min", field.min());
      rule.put("max", field.max());
      fields.add(rule);
    }
    return fields;
  }

  /** {@code {source, v, type, payload}} of {@code message}, as the browser's {@code Browser.envelope} builds it. */
  static Map<String, Object> envelope(Message message) {
    Map<String, Object> envelope = new LinkedHashMap<>();
    envelope.put("source", Envelope.SOURCE);
    envelope.put("v", Envelope.VERSION);
    envelope.put("type", message.type().wireName());
    envelope.put("payload", message.payload());
    return envelope;
  }

  private static String read() {
    try (InputStream in = BootScript.class.getClassLoader().getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(RESOURCE + " is not on the classpath; build the browser module first");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
