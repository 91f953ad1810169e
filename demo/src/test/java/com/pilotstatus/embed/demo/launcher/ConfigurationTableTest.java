package com.pilotstatus.embed.demo.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import com.pilotstatus.embed.cdn.CdnConfig;
import com.pilotstatus.embed.chat.ChatConfig;
import com.pilotstatus.embed.connect.ConnectConfig;
import com.pilotstatus.embed.demo.DemoConfig;
import com.pilotstatus.embed.kit.config.Env;
import com.pilotstatus.embed.kit.config.KitSettings;
import com.pilotstatus.embed.platform.SandboxConfig;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The README's configuration table is the one list of settings: it names exactly what the config classes read
 * (recorded by {@link Env#keysRead()}), no more and no less.
 */
class ConfigurationTableTest {

  /** chat-app reads its settings without Env until it joins the kit (ChatConfig); listed by hand meanwhile. */
  /** Read outside Java: by sandbox.sh. */
  private static final Set<String> SCRIPTS = Set.of("PS_SKIP_BUILD");

  @Test
  void the_readme_table_lists_exactly_the_settings_the_servers_read() throws Exception {
    Env env = Env.of(Map.of());
    SandboxConfig.fromEnv(env);
    ConnectConfig.fromEnv(env);
    CdnConfig.fromEnv(env);
    DemoConfig.fromEnv(env);
    ChatConfig.fromEnv(env);
    KitSettings.fromEnv(env);
    env.bool("PS_LAUNCH_SANDBOX", true); // SandboxStack's own
    Set<String> read = new TreeSet<>(env.keysRead());
    read.addAll(SCRIPTS);

    assertThat(tableOf(Path.of("..", "README.md"))).isEqualTo(read);
  }

  private static Set<String> tableOf(Path readme) throws Exception {
    String text = Files.readString(readme);
    String section = text.substring(text.indexOf("## Configuration"), text.indexOf("## Operations"));
    Set<String> keys = new TreeSet<>();
    Matcher row = Pattern.compile("(?m)^\\| `(PS_[A-Z_]+)` \\|").matcher(section);
    while (row.find()) {
      keys.add(row.group(1));
    }
    return keys;
  }
}
