package com.pilotstatus.embed.browser.sdk;

import static com.pilotstatus.embed.appearance.Appearance.BORDER_RADIUS;
import static com.pilotstatus.embed.appearance.Appearance.COLOR_BACKGROUND;
import static com.pilotstatus.embed.appearance.Appearance.COLOR_DANGER;
import static com.pilotstatus.embed.appearance.Appearance.COLOR_PRIMARY;
import static com.pilotstatus.embed.appearance.Appearance.COLOR_TEXT;
import static com.pilotstatus.embed.appearance.Appearance.FONT_FAMILY;
import static com.pilotstatus.embed.appearance.Appearance.FONT_SIZE_BASE;
import static com.pilotstatus.embed.appearance.Appearance.MAX_FONT_FAMILY;
import static com.pilotstatus.embed.appearance.Appearance.SPACING_UNIT;

import com.pilotstatus.embed.appearance.Appearance;
import com.pilotstatus.embed.protocol.EmbedErrorCode;
import org.teavm.jso.JSBody;
import org.teavm.jso.JSObject;

/**
 * The host's {@code appearance: { variables: {...} }} option, checked at the call: an unknown variable or a value
 * that breaks its grammar makes {@code chat.mount}, {@code update} and {@code connect.open}/{@code mount} throw a
 * {@code PilotStatusError} with code {@code INVALID_OPTIONS} whose message names the variable, as other bad options
 * do, so the mistake shows where it was made.
 *
 * <p>The grammar is shared-protocol's {@link Appearance} (the names come from its constants), written here as a few
 * regular expressions in JavaScript: the Java checker would bring {@code String}'s bounds-checked methods, and with
 * them TeaVM's exception plumbing, into {@code embed.js} (README "Bundles and size"). For the same reason the script
 * throws the error itself; it runs before the call changed anything, and no Java frame catches it.
 *
 * <p>The length variables' bounds ({@code fontSizeBase} 10-24px, …) are left to the chat iframe and connect-app,
 * which check every value again with the Java checker and ignore one that fails with a console warning: checking them
 * here too cost 83 B gzip, for a value that is well formed and only too large or small. {@code AppearanceOptionIT}
 * holds the script to shared-protocol's cases.
 */
final class AppearanceOption {

  private AppearanceOption() {
  }

  /**
   * {@code o.appearance}'s variables, URL-encoded as {@link Appearance} says, each pair after an {@code &}
   * ({@code &colorPrimary=%23635bff&borderRadius=4px}: ready to end a query string), or {@code ""} when none is set
   * (no appearance, {@code null}, no {@code variables}). Throws the {@code PilotStatusError}, its message starting
   * with {@code call} ({@code chat.mount}), when a name is unknown or a value breaks its grammar.
   */
  // ps_n: the names, in Appearance's order (0-3 colours, 4 the font stack, 5-7 lengths).
  @JSBody(params = {"o", "call"}, script = "var ps_q = '', ps_m, ps_k, ps_i, ps_s,"
      + " ps_n = ['" + COLOR_PRIMARY + "','" + COLOR_BACKGROUND + "','" + COLOR_TEXT + "','" + COLOR_DANGER + "','"
      + FONT_FAMILY + "','" + FONT_SIZE_BASE + "','" + BORDER_RADIUS + "','" + SPACING_UNIT + "'];"
      + " try { var ps_o = o.appearance; ps_o = ps_o && ps_o.variables;"
      + " for (ps_k in ps_o) { ps_i = ps_n.indexOf(ps_k); ps_s = ps_o[ps_k];"
      + " if (ps_i >= 0 && ps_s == null) continue;"
      + " if (ps_i < 0 || typeof ps_s != 'string' || ps_s.length > " + MAX_FONT_FAMILY
      + " || !(ps_i < 4 ? /^#([\\da-f]{3}){1,2}$/i : ps_i < 5 ? /^ *[a-z][\\w -]*(, *[a-z][\\w -]*)*$/i"
      + " : /^\\d{1,3}(\\.\\d{1,3})?(px|rem)$/).test(ps_s)) {"
      + " ps_m = 'appearance.variables.' + ps_k + (ps_i < 0 ? ' is not one of ' + ps_n : ' must be '"
      + " + (ps_i < 4 ? '#rgb or #rrggbb' : ps_i < 5 ? 'font names, comma-separated'"
      + " : 'a length in px or rem') + ', was ' + ps_s); break; }"
      + " ps_q += '&' + ps_k + '=' + encodeURIComponent(ps_s); }"
      + " } catch (ps_e) { ps_m = 'appearance could not be read'; }"
      + " if (ps_m) { ps_m = new Error(call + ': ' + ps_m); ps_m.name = 'PilotStatusError';"
      + " ps_m.code = '" + EmbedErrorCode.INVALID_OPTIONS + "'; throw ps_m; }"
      + " return ps_q;")
  static native String encode(JSObject o, String call);
}
