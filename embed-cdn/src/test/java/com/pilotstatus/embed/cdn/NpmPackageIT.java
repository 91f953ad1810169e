package com.pilotstatus.embed.cdn;

import static org.assertj.core.api.Assertions.assertThat;

import com.pilotstatus.embed.browser.sdk.SdkVersion;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The npm package the build assembled in {@code target/npm/package}: {@code npm pack} produces a tarball with both
 * builds, the components, the types and the README; a TypeScript sample that uses every option, both custom elements
 * and both React components compiles against the types with {@code tsc --noEmit} (typescript, React 18 and its types
 * are installed from npm into {@code target/npm-test}); a sample with a wrong option does not; importing every entry
 * in Node (no window) does not throw, and the React components render an empty element there.
 */
class NpmPackageIT {

  private static final Path PACKAGE = Paths.get("target", "npm", "package").toAbsolutePath();
  private static final Path WORK = Paths.get("target", "npm-test").toAbsolutePath();
  private static Path tarball;

  @BeforeAll
  static void packAndInstall() throws Exception {
    Files.createDirectories(WORK);
    String packed = run(PACKAGE, "npm", "pack", "--silent", "--pack-destination", WORK.toString()).trim();
    tarball = WORK.resolve(packed.substring(packed.lastIndexOf('\n') + 1).trim());
    run(WORK, "npm", "install", "--no-save", "--no-audit", "--no-fund", "--prefer-offline", "--silent", "--prefix",
        WORK.resolve("ts").toString(), "typescript@5");
    Path sample = WORK.resolve("sample");
    Files.createDirectories(sample);
    Files.writeString(sample.resolve("package.json"), "{\"name\":\"sample\",\"private\":true,\"type\":\"module\"}");
    // React (the optional peer dependency) and its types, for the React entry's types and server-side rendering.
    run(sample, "npm", "install", "--no-save", "--no-audit", "--no-fund", "--prefer-offline", "--silent",
        tarball.toString(), "react@18.3.1", "react-dom@18.3.1", "@types/react@18.3.27");
  }

  @Test
  void npm_pack_contains_both_builds_the_types_and_the_readme() throws Exception {
    assertThat(tarball.getFileName().toString()).isEqualTo("pilot-status-embed-" + SdkVersion.VERSION + ".tgz");
    assertThat(run(WORK, "tar", "tzf", tarball.toString()).lines().sorted().toList()).containsExactly(
        "package/README.md", "package/bundle.d.ts", "package/dist/elements.mjs", "package/dist/embed.js",
        "package/dist/embed.mjs", "package/dist/loader.cjs", "package/dist/loader.mjs", "package/dist/react.mjs",
        "package/elements.d.ts", "package/index.d.ts", "package/package.json", "package/react.d.ts");
  }

  @Test
  void a_typescript_sample_using_every_option_compiles_against_the_types() throws Exception {
    Path sample = WORK.resolve("sample");
    Files.writeString(sample.resolve("tsconfig.json"), "{\"compilerOptions\":{\"strict\":true,\"noEmit\":true,"
        + "\"target\":\"ES2020\",\"module\":\"ES2020\",\"moduleResolution\":\"bundler\",\"lib\":[\"ES2020\",\"DOM\"],"
        + "\"jsx\":\"react-jsx\"},\"files\":[\"usage.ts\",\"components.tsx\"]}");
    Files.writeString(sample.resolve("components.tsx"), String.join("\n",
        "import { EVENTS, TAGS, configurePilotStatus, PilotStatusChatElement, type ElementErrorInfo,",
        "  type PilotStatusEventMap } from '@pilot-status/embed/elements';",
        "import { PilotStatusChat, PilotStatusConnect, type PilotStatusChatProps } from '@pilot-status/embed/react';",
        "configurePilotStatus({ load: { cdnUrl: 'http://localhost:8083', integrity: false }, init: { handshakeTimeout: 5000 } });",
        "const chat = document.createElement('pilot-status-chat');",
        "chat.token = 'jwt'; chat.fetchToken = () => Promise.resolve('jwt'); chat.theme = 'dark'; chat.locale = 'pt';",
        "chat.appearance = { variables: { colorPrimary: '#635bff' } }; chat.title = 'Inbox'; chat.handshakeTimeout = 3000;",
        "const opened: boolean = chat.openConversation('c1');",
        "chat.addEventListener('pilot-status:unread-count', e => { const n: number = e.detail; console.log(n, opened); });",
        "chat.addEventListener('pilot-status:load-error', e => { const c: ElementErrorInfo['code'] = e.detail.code; console.log(c); });",
        "chat.addEventListener(EVENTS.onError, e => { e.preventDefault(); console.log(e.detail.message); });",
        "const connect = document.querySelector('pilot-status-connect');",
        "if (connect) { connect.token = 'uuid'; connect.mode = 'modal'; connect.baseUrl = 'https://connect.example.com';",
        "  connect.addEventListener('pilot-status:paired', e => console.log(e.detail.numberId)); }",
        "const tag: 'pilot-status-chat' = TAGS.chat; const made: PilotStatusChatElement = new PilotStatusChatElement();",
        "const ready: PilotStatusEventMap['pilot-status:ready'] | null = null; console.log(tag, made, ready);",
        "const props: PilotStatusChatProps = { fetchToken: () => Promise.resolve('jwt') };",
        "export const views = [",
        "  <PilotStatusChat key='a' {...props} />,",
        "  <PilotStatusChat key='b' token='jwt' theme='dark' locale='en' className='inbox' style={{ height: 600 }}",
        "    appearance={{ variables: { borderRadius: '4px' } }} onReady={() => {}} onUnreadCount={(n: number) => {}}",
        "    onConversationOpened={(id: string) => {}} onLoadError={e => console.log(e.code === 'SDK_LOAD_FAILED')} />,",
        "  <PilotStatusConnect key='c' token='uuid' mode='inline' onPaired={d => console.log(d.redirectUrl)}",
        "    onExpired={() => {}} onClose={() => {}} />,",
        "];",
        ""));
    Files.writeString(sample.resolve("usage.ts"), String.join("\n",
        "import PilotStatus, { PilotStatus as Named, type ChatHandle, type ConnectHandle, type PilotStatusErrorCode,",
        "  type PilotStatusErrorInfo, type PairedDetail, type Appearance } from '@pilot-status/embed/bundle';",
        "import { loadPilotStatus, type LoadOptions, type PilotStatusApi } from '@pilot-status/embed';",
        "const sandbox: LoadOptions = { cdnUrl: 'http://localhost:8083', integrity: 'sha384-abc' };",
        "loadPilotStatus().then((api: PilotStatusApi | null) => api?.chat.mount('#inbox', { token: 't' }));",
        "loadPilotStatus(sandbox).then(api => { if (api) { api.init(); } });",
        "loadPilotStatus({ cdnUrl: 'https://cdn.example.com', integrity: false });",
        "const look: Appearance = { variables: { colorPrimary: '#635bff', colorBackground: '#fff', colorText: '#111',",
        "  colorDanger: '#b00020', fontFamily: 'Inter, sans-serif', fontSizeBase: '15px', borderRadius: '0.5rem',",
        "  spacingUnit: '4px' } };",
        "PilotStatus.init();",
        "PilotStatus.init({ chatBaseUrl: 'https://chat.example.com', connectBaseUrl: 'https://connect.example.com', handshakeTimeout: 5000 });",
        "const token: string = 'jwt';",
        "const chat: ChatHandle = PilotStatus.chat.mount('#inbox', {",
        "  token, locale: 'en', theme: 'light', title: 'Inbox', handshakeTimeout: 3000, appearance: look,",
        "  onReady: () => {}, onUnreadCount: (n: number) => {}, onConversationOpened: (id: string) => {},",
        "  onSessionExpired: async () => { chat.destroy(); PilotStatus.chat.mount('#inbox', { token: 't', locale: 'en' }); },",
        "  onError: (e: PilotStatusErrorInfo) => { const c: PilotStatusErrorCode = e.code; console.log(c, e.message); },",
        "});",
        "chat.update({ theme: 'dark', appearance: { variables: { borderRadius: '2px' } } }); chat.update({ appearance: null });",
        "chat.setTheme('dark'); chat.setLocale('pt'); chat.destroy();",
        "Named.chat.mount(document.body, { fetchToken: () => fetch('/t').then(r => r.text()) });",
        "const h: ConnectHandle = PilotStatus.connect.open({ token, baseUrl: 'https://connect.example.com', locale: 'pt',",
        "  theme: 'dark', appearance: look, onPaired: (d: PairedDetail) => { console.log(d.numberId, d.redirectUrl); h.destroy(); },",
        "  onError: (e) => alert(e.message), onExpired: () => {}, onClose: () => {} });",
        "const inline: ConnectHandle = PilotStatus.connect.mount('#connect-widget', { token, onPaired: () => {}, onError: () => {},",
        "  onExpired: () => {} });",
        "inline.update({ theme: 'dark', locale: 'es', appearance: null }); inline.setTheme('light'); inline.setLocale('pt');",
        "inline.destroy();",
        "window.PilotStatus.version.toUpperCase();",
        ""));
    run(sample, "node", WORK.resolve("ts/node_modules/typescript/bin/tsc").toString(), "-p", ".");
  }

  @Test
  void a_sample_with_a_wrong_option_does_not_compile() throws Exception {
    Path bad = WORK.resolve("sample-bad");
    Files.createDirectories(bad);
    Files.writeString(bad.resolve("bad.ts"), "import PilotStatus from '../sample/node_modules/@pilot-status/embed/bundle';\n"
        + "PilotStatus.chat.mount('#inbox', { locale: 'en' });\n"
        + "PilotStatus.connect.open({ token: 1 });\n"
        + "PilotStatus.connect.open({ token: 't', appearance: { variables: { colorPrimry: '#fff' } } });\n");
    Result result = exec(bad, "node", WORK.resolve("ts/node_modules/typescript/bin/tsc").toString(), "--noEmit",
        "--strict", "--lib", "ES2020,DOM", "bad.ts");
    assertThat(result.exitCode).isNotZero();
    assertThat(result.output).contains("bad.ts(2,", "bad.ts(3,", "bad.ts(4,");

    // The components, in the sample (where react's types resolve): a chat without a token, an unknown connect mode.
    Path sample = WORK.resolve("sample");
    Files.writeString(sample.resolve("bad.tsx"), "import { PilotStatusChat } from '@pilot-status/embed/react';\n"
        + "import '@pilot-status/embed/elements';\n"
        + "export const noToken = <PilotStatusChat locale='en' />;\n"
        + "document.createElement('pilot-status-connect').mode = 'popup';\n");
    Result components = exec(sample, "node", WORK.resolve("ts/node_modules/typescript/bin/tsc").toString(), "--noEmit",
        "--strict", "--lib", "ES2020,DOM", "--jsx", "react-jsx", "--module", "ES2020", "--moduleResolution", "bundler",
        "bad.tsx");
    assertThat(components.exitCode).isNotZero();
    assertThat(components.output).contains("bad.tsx(3,", "bad.tsx(4,").doesNotContain("bad.tsx(1,", "bad.tsx(2,");
  }

  @Test
  void importing_the_package_without_a_window_does_not_throw_and_the_loader_resolves_null() throws Exception {
    String esm = run(WORK.resolve("sample"), "node", "--input-type=module", "-e",
        "import P, { PilotStatus } from '@pilot-status/embed/bundle'; import { loadPilotStatus } from '@pilot-status/embed';"
            + " import { TAGS } from '@pilot-status/embed/elements'; import { PilotStatusChat } from '@pilot-status/embed/react';"
            + " console.log(typeof P, typeof PilotStatus, await loadPilotStatus(), TAGS.chat, typeof PilotStatusChat,"
            + " typeof window, typeof customElements);");
    assertThat(esm.trim()).isEqualTo("undefined undefined null pilot-status-chat function undefined undefined");
    String cjs = run(WORK.resolve("sample"), "node", "--input-type=commonjs", "-e",
        "console.log(typeof require('@pilot-status/embed/bundle'), typeof require('@pilot-status/embed').loadPilotStatus);");
    assertThat(cjs.trim()).isEqualTo("undefined function");
  }

  @Test
  void the_react_components_render_an_empty_element_on_the_server() throws Exception {
    String html = run(WORK.resolve("sample"), "node", "--input-type=module", "-e",
        "import { createElement as h } from 'react'; import { renderToString } from 'react-dom/server';"
            + " import { PilotStatusChat, PilotStatusConnect } from '@pilot-status/embed/react';"
            + " console.log(renderToString(h('main', null, h(PilotStatusChat, { token: 't', theme: 'dark', id: 'inbox',"
            + " className: 'inbox', onReady() {} }), h(PilotStatusConnect, { token: 'u', mode: 'modal' }))));");
    assertThat(html.trim()).isEqualTo("<main><pilot-status-chat id=\"inbox\" class=\"inbox\"></pilot-status-chat>"
        + "<pilot-status-connect></pilot-status-connect></main>");
  }

  @Test
  void the_loaders_built_in_integrity_is_that_of_embed_js_as_the_production_cdn_serves_it() throws Exception {
    String loader = Files.readString(PACKAGE.resolve("dist/loader.mjs"));
    String sdk = Files.readString(PACKAGE.resolve("dist/embed.mjs")); // the banner + the compiled SDK + the exports
    byte[] served = EmbedBundle.stamp(new String(EmbedBundle.class.getClassLoader()
        .getResourceAsStream(EmbedBundle.RESOURCE).readAllBytes(), StandardCharsets.UTF_8),
        "https://chat.pilotstatus.com.br", "https://connect.pilotstatus.com.br");
    String expected = "sha384-" + java.util.Base64.getEncoder().encodeToString(
        java.security.MessageDigest.getInstance("SHA-384").digest(served));

    assertThat(sdk).contains("PilotStatus");
    assertThat(loader).contains("const INTEGRITY = \"" + expected + "\";")
        .contains("const VERSION = \"" + SdkVersion.VERSION + "\";")
        .doesNotContain("${");
  }

  private record Result(int exitCode, String output) {
  }

  private static String run(Path dir, String... command) throws Exception {
    Result result = exec(dir, command);
    if (result.exitCode != 0) {
      throw new AssertionError(String.join(" ", command) + " exited " + result.exitCode + ":\n" + result.output);
    }
    return result.output;
  }

  private static Result exec(Path dir, String... command) throws IOException, InterruptedException {
    List<String> cmd = new ArrayList<>(List.of(command));
    Path log = Files.createTempFile(WORK, "exec", ".log");
    Process process = new ProcessBuilder(cmd).directory(dir.toFile()).redirectErrorStream(true)
        .redirectOutput(log.toFile()).start();
    if (!process.waitFor(180, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      throw new AssertionError(String.join(" ", command) + " did not finish in 180 s");
    }
    String output = Files.readString(log, StandardCharsets.UTF_8);
    Files.delete(log);
    return new Result(process.exitValue(), output);
  }

}
