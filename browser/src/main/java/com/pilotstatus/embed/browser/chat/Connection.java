package com.pilotstatus.embed.browser.chat;

import com.pilotstatus.embed.browser.dom.Dom;
import com.pilotstatus.embed.protocol.ChatPaths;
import org.teavm.jso.JSBody;
import org.teavm.jso.JSFunctor;
import org.teavm.jso.JSObject;

/**
 * Whether the inbox can reach chat-app. Requirements (issue 18, "a lost connection shows a banner"): it goes down when
 * a request gets no answer at all, the live stream drops without one, or the browser says {@code offline}; it comes
 * back when any answer arrives (the live stream's {@code open}, a fragment). Down shows {@code #offline-banner};
 * back hides it and runs what waited for it (the queued replies, a live stream started at once).
 */
final class Connection {

  private Runnable onBack = () -> { };
  private boolean down;

  /**
   * Follows the browser's own {@code offline}/{@code online} events; {@code onBack} runs whenever the connection
   * comes back, {@code onOnline} also when the browser says it is online (to try the live stream at once).
   */
  void listen(Runnable onBack, Runnable onOnline) {
    this.onBack = onBack;
    onBrowserEvent(this::lost, () -> {
      back();
      onOnline.run();
    });
  }

  boolean isDown() {
    return down;
  }

  /** An answer arrived ({@code status} > 0) or none did (0). */
  void observe(int status) {
    if (status == 0) {
      lost();
    } else {
      back();
    }
  }

  void lost() {
    if (!down) {
      down = true;
      showBanner();
      probe(1000);
    }
  }

  /**
   * While down, asks chat-app's {@code /healthz} (no session needed) every {@code wait} ms, doubling to 8 s with
   * jitter: an open live stream may never drop, and nothing else would tell that a lost answer is behind us.
   */
  private void probe(int wait) {
    Dom.setTimeout(() -> {
      if (down) {
        ping(ChatPaths.HEALTH, ok -> {
          if (ok) {
            back();
          } else {
            probe(Math.min(8000, wait * 2));
          }
        });
      }
    }, wait / 2 + Dom.random(wait / 2 + 1));
  }

  @JSFunctor
  interface PingListener extends JSObject {
    void onAnswer(boolean ok);
  }

  @JSBody(params = {"url", "listener"}, script = "fetch(url, { cache: 'no-store', credentials: 'omit' })"
      + ".then(function (ps_r) { listener(ps_r.ok); }, function () { listener(false); });")
  private static native void ping(String url, PingListener listener);

  void back() {
    if (down) {
      down = false;
      showBanner();
      onBack.run();
    }
  }

  /** The banner as the connection is (after the inbox was rendered again, its banner is new). */
  void showBanner() {
    Dom.setAttr(Dom.byId("offline-banner"), "hidden", down ? null : "");
  }

  @JSBody(params = {"lost", "back"}, script = "window.addEventListener('offline', function () { lost(); });"
      + " window.addEventListener('online', function () { back(); });")
  private static native void onBrowserEvent(Dom.Callback lost, Dom.Callback back);
}
