package com.pilotstatus.embed.browser.connect;

import com.pilotstatus.embed.browser.dom.Browser;
import com.pilotstatus.embed.browser.dom.Dom;
import com.pilotstatus.embed.browser.dom.Js;
import com.pilotstatus.embed.origin.OriginCheck;
import com.pilotstatus.embed.origin.OriginPolicy;
import com.pilotstatus.embed.protocol.Envelope;
import com.pilotstatus.embed.protocol.Message;
import org.teavm.jso.JSBody;
import org.teavm.jso.JSExport;
import org.teavm.jso.JSFunctor;
import org.teavm.jso.JSObject;

/**
 * The connect page's runtime. The server renders every state; this script only keeps the page live:
 * <ol>
 *   <li>it polls the page's state fragment and swaps it in when it changed (a new QR ref, linking, connected…);</li>
 *   <li>it counts the current QR down, switches tabs, copies the pairing code, starts a batch (first view and
 *       "Generate a new code");</li>
 *   <li>it tells the parent — only the {@code parentOrigin} the server validated, only when framed — what happened:
 *       {@code connect:paired} (only when the server rendered the platform's OPEN), {@code connect:expired},
 *       {@code connect:error}, {@code resize} whenever the height changes, and {@code connect:escape} when the user
 *       presses Esc (the parent's modal closes: the key never reaches the host page); first of all {@code ready},
 *       once, when the page rendered a token it accepted (the SDK's {@code onReady} and the end of its handshake
 *       timer; a refused token answers with {@code connect:error} or {@code connect:expired} instead);</li>
 *   <li>it applies the host's {@code update({theme, locale, appearance})} ({@link HostSettings});</li>
 *   <li>for Meta Embedded Signup it runs {@code FB.login} and accepts {@code WA_EMBEDDED_SIGNUP} only from the
 *       configured Meta origin, then submits code and ids once both arrived, in either order.</li>
 * </ol>
 * Opened directly (a hosted link), there is no parent: nothing is posted, and a {@code redirectUrl} is followed.
 */
public final class ConnectRuntime {

  private final String parentOrigin;
  private final String stateUrl;
  private final String batchUrl;
  private final int pollMs;
  private final EmbeddedSignup signup;

  private String key;
  private String postedKey;
  private int pollTimer = -1;
  private int countdownTimer = -1;
  private int secondsLeft;
  private int failures;

  private ConnectRuntime(String parentOrigin) {
    this.parentOrigin = parentOrigin;
    this.stateUrl = attr("body", "data-state-url");
    this.batchUrl = attr("body", "data-batch-url");
    int poll = Dom.parseInt(attr("body", "data-poll-ms"));
    this.pollMs = poll < 100 ? 1000 : poll;
    this.signup = new EmbeddedSignup(this);
  }

  /** Runs once when the bundle loads (exported, not a {@code main}: TeaVM then skips its argument conversion). */
  @JSExport
  public static void start() {
    OriginCheck parent = OriginPolicy.allowingHttp().parse(attr("body", "data-parent-origin"));
    ConnectRuntime runtime = new ConnectRuntime(parent.isValid() && Browser.isFramed()
        ? parent.origin().serialized() : null);
    onClick(runtime::onClick);
    if (runtime.parentOrigin != null) {
      String first = attr("#state", "data-state");
      if (!"error".equals(first) && !"expired".equals(first)) {
        runtime.post(Envelope.ready()); // the token was accepted (a refused one says error or expired instead)
      }
      Dom.onBodyHeight(height -> runtime.post(Envelope.resize(height)));
      Dom.onEscape(() -> runtime.post(Envelope.connectEscape()));
      HostSettings.listen(runtime.parentOrigin);
    }
    runtime.signup.listen();
    runtime.onState();
  }

  /** Reacts to the state on screen (first load and after every swap). */
  void onState() {
    String state = attr("#state", "data-state");
    key = attr("#state", "data-key");
    stopCountdown();
    if (state == null) {
      return;
    }
    switch (state) {
      case "loading":
        load("POST", batchUrl);
        break;
      case "qr":
        startCountdown(Dom.parseInt(attr("#state", "data-expires-in")));
        schedulePoll(pollMs);
        break;
      case "linking":
        schedulePoll(pollMs);
        break;
      case "connected":
        String redirect = attr("#state", "data-redirect-url");
        once(Envelope.connectPaired(attr("#state", "data-number-id"), redirect));
        if (parentOrigin == null && redirect != null) {
          Dom.setTimeout(() -> Dom.navigate(redirect), 1500);
        }
        break;
      case "expired":
        once(Envelope.connectExpired());
        break;
      case "error":
        String message = attr("#state", "data-message");
        once(Envelope.connectError(message == null || message.isEmpty() ? "error" : message));
        break;
      default:
        break; // idle and the Meta states wait for a click
    }
  }

  private void onClick(String action, String tabTarget, JSObject element) {
    if (!tabTarget.isEmpty()) {
      Dom.setAttr(Dom.query("#app"), "data-tab", tabTarget);
      return;
    }
    switch (action) {
      case "new-code":
        load("POST", batchUrl);
        break;
      case "retry":
        postedKey = null;
        load("GET", stateUrl);
        break;
      case "copy":
        copy(attr("[data-action=copy]", "data-copy"), element);
        break;
      case "meta-login":
        signup.start();
        break;
      default:
        break;
    }
  }

  /** Fetches a fragment and swaps it in; a 204 or a failed request keeps the screen and polls again later. */
  void load(String method, String url) {
    load(method, url, null);
  }

  void load(String method, String url, String jsonBody) {
    if (url == null) {
      return; // the preview: nothing to call
    }
    cancelPoll();
    request(method, url, jsonBody, (status, text) -> {
      if (status == 200 && swapState(text)) {
        failures = 0;
        onState();
        return;
      }
      failures = status == 0 ? failures + 1 : failures;
      schedulePoll(status == 204 && failures == 0 ? pollMs : backoff());
    });
  }

  private void schedulePoll(int delay) {
    cancelPoll();
    if (stateUrl == null) {
      return;
    }
    pollTimer = Dom.setTimeout(() -> {
      pollTimer = -1;
      String separator = stateUrl.indexOf('?') < 0 ? "?" : "&";
      load("GET", key == null ? stateUrl : stateUrl + separator + "since=" + encodeKey(key));
    }, delay);
  }

  private int backoff() {
    int delay = pollMs;
    for (int i = 0; i < failures && delay < 15000; i++) {
      delay *= 2;
    }
    return delay;
  }

  private void cancelPoll() {
    if (pollTimer >= 0) {
      Dom.clearTimeout(pollTimer);
      pollTimer = -1;
    }
  }

  private void startCountdown(int expiresInMs) {
    secondsLeft = (expiresInMs + 999) / 1000;
    tick();
  }

  private void tick() {
    Dom.showText(Dom.query("[data-countdown]"), Js.text(secondsLeft));
    if (secondsLeft > 0) {
      secondsLeft--;
      countdownTimer = Dom.setTimeout(this::tick, 1000);
    }
  }

  private void stopCountdown() {
    if (countdownTimer >= 0) {
      Dom.clearTimeout(countdownTimer);
      countdownTimer = -1;
    }
  }

  /** Posts a state's message once per state shown (a retried poll does not repeat it). */
  private void once(Message message) {
    if (key != null && key.equals(postedKey)) {
      return;
    }
    postedKey = key;
    post(message);
  }

  void post(Message message) {
    if (parentOrigin != null) {
      Browser.post(Browser.parentWindow(), message, parentOrigin);
    }
  }

  /** Keys are {@code [a-z0-9:-]} by construction; anything else is dropped rather than escaped. */
  private static String encodeKey(String raw) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < raw.length(); i++) {
      char c = raw.charAt(i);
      if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == ':' || c == '-') {
        out.append(c);
      }
    }
    return out.toString();
  }

  /** The attribute {@code name} of the first element matching {@code selector}, or {@code null}. */
  static String attr(String selector, String name) {
    return Dom.attr(Dom.query(selector), name);
  }

  /** Called with an HTTP status (0 = network failure) and the response text. */
  @JSFunctor
  interface Response extends JSObject {
    void on(int status, String text);
  }

  /** A click on an element carrying {@code data-action} or {@code data-tab-target}. */
  @JSFunctor
  interface Click extends JSObject {
    void on(String action, String tabTarget, JSObject element);
  }

  /** Same-origin request; {@code body} (JSON) may be null. Reports (status, text); status 0 on network failure. */
  @JSBody(params = {"method", "url", "body", "callback"}, script = "try {"
      + " var ps_i = { method: method, credentials: 'same-origin', headers: { 'Accept': 'text/html' } };"
      + " if (body !== null) { ps_i.headers['Content-Type'] = 'application/json'; ps_i.body = body; }"
      + " fetch(url, ps_i).then(function (ps_r) { return ps_r.text().then(function (ps_t) { callback(ps_r.status, ps_t); }); })"
      + " .catch(function () { callback(0, ''); });"
      + " } catch (e) { callback(0, ''); }")
  private static native void request(String method, String url, String body, Response callback);

  /** Replaces {@code #state} with the fragment's {@code #state}; false when the fragment is not one. */
  @JSBody(params = "html", script = "try { var ps_t = document.createElement('template'); ps_t.innerHTML = html;"
      + " var ps_n = ps_t.content.firstElementChild; var ps_o = document.getElementById('state');"
      + " if (!ps_n || ps_n.id !== 'state' || !ps_o) return false; ps_o.replaceWith(ps_n); return true; }"
      + " catch (e) { return false; }")
  private static native boolean swapState(String html);

  @JSBody(params = "callback", script = "document.addEventListener('click', function (ps_e) {"
      + " var ps_el = ps_e.target && ps_e.target.closest ? ps_e.target.closest('[data-action],[data-tab-target]') : null;"
      + " if (ps_el) { ps_e.preventDefault(); callback(ps_el.getAttribute('data-action') || '',"
      + " ps_el.getAttribute('data-tab-target') || '', ps_el); } });")
  private static native void onClick(Click callback);

  /** Copies {@code text}; on success the button shows its {@code data-copied-label} for two seconds. */
  @JSBody(params = {"text", "button"}, script = "function ps_done() { var ps_old = button.textContent;"
      + " button.textContent = button.getAttribute('data-copied-label') || ps_old;"
      + " setTimeout(function () { button.textContent = ps_old; }, 2000); }"
      + " function ps_fallback() { try { var ps_a = document.createElement('textarea'); ps_a.value = text;"
      + " document.body.appendChild(ps_a); ps_a.select(); var ps_ok = document.execCommand('copy'); ps_a.remove();"
      + " if (ps_ok) ps_done(); } catch (e) {} }"
      + " try { if (navigator.clipboard && navigator.clipboard.writeText)"
      + " { navigator.clipboard.writeText(text).then(ps_done, ps_fallback); } else { ps_fallback(); } }"
      + " catch (e) { ps_fallback(); }")
  private static native void copy(String text, JSObject button);
}
