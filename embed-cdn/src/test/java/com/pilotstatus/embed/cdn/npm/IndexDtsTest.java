package com.pilotstatus.embed.cdn.npm;

import static org.assertj.core.api.Assertions.assertThat;

import com.pilotstatus.embed.appearance.Appearance;
import com.pilotstatus.embed.protocol.EmbedErrorCode;
import com.pilotstatus.embed.protocol.HostCallbacks;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The npm package's {@code index.d.ts} names what the code declares once in shared-protocol: the error codes
 * ({@link EmbedErrorCode}), the host callbacks of each surface's options ({@link HostCallbacks}) and the appearance
 * variables ({@link Appearance}). A name added on one side and not on the other fails here, before a TypeScript user
 * meets it.
 */
class IndexDtsTest {

  private static String dts;

  @BeforeAll
  static void read() throws IOException {
    dts = Files.readString(Path.of("src", "npm", "index.d.ts"));
  }

  @Test
  void errorCodeUnion_isEmbedErrorCode() {
    String union = block("export type PilotStatusErrorCode =", ";\n\n");

    assertThat(matches(union, "\\|\\s*\"([A-Z_]+)\"")).containsExactly(EmbedErrorCode.all());
  }

  @Test
  void chatOptionCallbacks_areHostCallbacksOfChat() {
    assertThat(callbacks(block("interface ChatOptionsBase {", "\n}"))).containsExactly(HostCallbacks.CHAT);
  }

  @Test
  void connectOptionCallbacks_areHostCallbacksOfConnect() {
    assertThat(callbacks(block("export interface ConnectOptions {", "\n}"))).containsExactly(HostCallbacks.CONNECT);
  }

  @Test
  void appearanceVariables_areAppearancesNames_inItsOrder() {
    List<String> names = new ArrayList<>();
    for (int i = 0; i < Appearance.COUNT; i++) {
      names.add(Appearance.name(i));
    }

    assertThat(matches(block("export interface AppearanceVariables {", "\n}"), "\\n\\s*(\\w+)\\?:"))
        .isEqualTo(names);
  }

  @Test
  void appearance_isAnOptionOfChatConnectAndUpdate() {
    assertThat(block("interface ChatOptionsBase {", "\n}")).contains("appearance?: Appearance | null;");
    assertThat(block("export interface ConnectOptions {", "\n}")).contains("appearance?: Appearance | null;");
    assertThat(block("export interface ChatHandle {", "\n}")).contains("appearance?: Appearance | null }): void;");
  }

  /** The text from {@code start} to the first {@code end} after it; fails when {@code start} is missing. */
  private static String block(String start, String end) {
    int from = dts.indexOf(start);
    assertThat(from).as("index.d.ts declares %s", start).isNotNegative();
    return dts.substring(from, dts.indexOf(end, from + start.length()));
  }

  /** The option members named {@code onXxx?:}, in their order. */
  private static List<String> callbacks(String block) {
    return matches(block, "\\n\\s*(on[A-Z]\\w*)\\??:");
  }

  private static List<String> matches(String text, String regex) {
    List<String> found = new ArrayList<>();
    Matcher m = Pattern.compile(regex).matcher(text);
    while (m.find()) {
      found.add(m.group(1));
    }
    return found;
  }
}
