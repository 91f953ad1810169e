package com.pilotstatus.embed.browser.connect;

import com.pilotstatus.embed.appearance.Appearance;
import com.pilotstatus.embed.browser.dom.Browser;
import com.pilotstatus.embed.browser.dom.Dom;
import com.pilotstatus.embed.browser.dom.Js;
import com.pilotstatus.embed.browser.dom.JsWireObject;
import com.pilotstatus.embed.browser.dom.WindowMessageEvent;
import com.pilotstatus.embed.protocol.Decoded;
import com.pilotstatus.embed.protocol.Direction;
import com.pilotstatus.embed.protocol.Envelope;
import com.pilotstatus.embed.protocol.Message;
import com.pilotstatus.embed.protocol.MessageType;
import com.pilotstatus.embed.protocol.Surface;
import org.teavm.jso.JSBody;
import org.teavm.jso.browser.Window;
import org.teavm.jso.dom.events.EventListener;

/**
 * The host's {@code update({theme, locale, appearance})} on the connect page (issue 17 §3): {@code set-theme},
 * {@code set-locale} and {@code set-appearance} from the parent.
 *
 * <p>connect-app renders every string, the branding precedence (query &gt; link &gt; tenant &gt; default) and the
 * appearance on the server, from the page's query. So a setting is applied the way the server already knows: the page
 * loads itself again with that query parameter changed, by {@code location.replace} (no entry in the host page's
 * history). The pairing state lives on the server, so the page comes back showing it. The messages of one
 * {@code update} arrive one after another; they are merged into one load.
 *
 * <p>Requirements: only messages from the validated {@code parentOrigin} and the parent window count, decoded as any
 * other (DESIGN.md "Contracts"); only the settings' own query parameters change (of an appearance, only
 * {@link Appearance}'s names). The values are not checked here: connect-app checks each one as on any load and
 * ignores what fails ({@code Appearance.normalize}, which would add 1.2 KB gzip to this bundle).
 */
final class HostSettings {

  /** How long the page waits for more messages of the same {@code update} before it loads. */
  private static final int MERGE_MS = 40;

  private final String parentOrigin;
  /** The URL to load: this page's, with the settings received so far. */
  private String next;
  private int timer = -1;

  private HostSettings(String parentOrigin) {
    this.parentOrigin = parentOrigin;
  }

  /** Starts listening for the parent's settings. */
  static void listen(String parentOrigin) {
    HostSettings settings = new HostSettings(parentOrigin);
    Window.current().addEventListener("message", (EventListener<WindowMessageEvent>) settings::onMessage);
  }

  private void onMessage(WindowMessageEvent event) {
    if (!parentOrigin.equals(event.getOrigin()) || !Browser.isSame(event.getSource(), Browser.parentWindow())) {
      return;
    }
    Decoded decoded = Envelope.decode(JsWireObject.of(event.getData()), Direction.PARENT_TO_FRAME, Surface.CONNECT);
    if (!decoded.isAccepted()) {
      return;
    }
    Message message = decoded.message();
    String url = next == null ? Dom.locationHref() : next;
    if (message.type() == MessageType.SET_THEME) {
      next = withParam(url, "theme", message.string("theme"));
    } else if (message.type() == MessageType.SET_LOCALE) {
      next = withParam(url, "locale", message.string("locale"));
    } else if (message.type() == MessageType.SET_APPEARANCE) {
      String encoded = message.string(Appearance.FIELD);
      for (int i = 0; i < Appearance.COUNT; i++) {
        String raw = encoded == null ? null : Js.formValue(encoded, Appearance.name(i));
        url = withParam(url, Appearance.name(i), raw);
      }
      next = url;
    }
    if (timer < 0) {
      timer = Dom.setTimeout(this::load, MERGE_MS);
    }
  }

  /** Loads the page with the new settings, unless they changed nothing. */
  private void load() {
    timer = -1;
    if (next != null && !next.equals(Dom.locationHref())) {
      Dom.replaceLocation(next);
    }
    next = null;
  }

  /** {@code url} with the query parameter {@code name} set to {@code value}, or removed for {@code null}. */
  @JSBody(params = {"url", "name", "value"}, script = "var ps_u = new URL(url);"
      + " if (value === null) ps_u.searchParams['delete'](name); else ps_u.searchParams.set(name, value);"
      + " return ps_u.href;")
  private static native String withParam(String url, String name, String value);
}
