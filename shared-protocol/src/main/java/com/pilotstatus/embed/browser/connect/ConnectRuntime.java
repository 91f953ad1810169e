package com.pilotstatus.embed.browser.connect;

import com.pilotstatus.embed.browser.dom.Browser;
import com.pilotstatus.embed.origin.OriginCheck;
import com.pilotstatus.embed.origin.OriginPolicy;
import com.pilotstatus.embed.protocol.Envelope;
import com.pilotstatus.embed.protocol.Message;
import org.teavm.jso.JSExport;

/**
 * The connect page's runtime. The server renders every state; this script only keeps the page live:
 * <ol>
 *   <li>it polls the page's state fragment and swaps it in when it changed (a new QR ref, linking, connected…);</li>
 *   <li>it counts the current QR down, switches tabs, copies the pairing code, starts a batch (first view and
 *       "Generate a new code");</li>
 *   <li>it tells the parent — only the {@code parentOrigin} the server validated, only when framed — what happened:
 *       {@code connect:paired} (only when the server rendered the platform's OPEN), {@code connect:expired},
 *       {@code connect:error}, {@code resize} whenever the height changes, and {@code connect:escape} when the user
 *       presses Esc (the parent's modal closes: the key never reaches the host page);</li>
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
    this.stateUrl = Dom.attr("body", "data-state-url");
    this.batchUrl = Dom.attr("body", "data-batch-url");
    int poll = Dom.parseInt(Dom.attr("body", "data-poll-ms"));
    this.pollMs = poll < 100 ? 1000 : poll;
    this.signup = new EmbeddedSignup(this);
  }

  /** Runs once when the bundle loads (exported, not a {@code main}: TeaVM then skips its argument conversion). */
  @JSExport
  public static void start() {
    OriginCheck parent = OriginPolicy.allowingHttp().parse(Dom.attr("body", "data-parent-origin"));
    ConnectRuntime runtime = new ConnectRuntime(parent.isValid() && Browser.isFramed()
        ? parent.origin().serialized() : null);
    Dom.onClick(runtime::onClick);
    if (runtime.parentOrigin != null) {
      Dom.onHeightChange(height -> runtime.post(Envelope.resize(height)));
      Dom.onEscape(() -> runtime.post(Envelope.connectEscape()));
    }
    runtime.signup.listen();
    runtime.onState();
  }

  /** Reacts to the state on screen (first load and after every swap). */
  void onState() {
    String state = Dom.attr("#state", "data-state");
    key = Dom.attr("#state", "data-key");
    stopCountdown();
    if (state == null) {
      return;
    }
    switch (state) {
      case "loading":
        load("POST", batchUrl);
        break;
      case "qr":
        startCountdown(Dom.parseInt(Dom.attr("#state", "data-expires-in")));
        schedulePoll(pollMs);
        break;
      case "linking":
        schedulePoll(pollMs);
        break;
      case "connected":
        String redirect = Dom.attr("#state", "data-redirect-url");
        once(Envelope.connectPaired(Dom.attr("#state", "data-number-id"), redirect));
        if (parentOrigin == null && redirect != null) {
          Dom.setTimeout(() -> Dom.navigate(redirect), 1500);
        }
        break;
      case "expired":
        once(Envelope.connectExpired());
        break;
      case "error":
        String message = Dom.attr("#state", "data-message");
        once(Envelope.connectError(message == null || message.isEmpty() ? "error" : message));
        break;
      default:
        break; // idle and the Meta states wait for a click
    }
  }

  private void onClick(String action, String tabTarget, org.teavm.jso.JSObject element) {
    if (!tabTarget.isEmpty()) {
      Dom.setAttr("#app", "data-tab", tabTarget);
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
        Dom.copy(Dom.attr("[data-action=copy]", "data-copy"), element);
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
    Dom.request(method, url, jsonBody, (status, text) -> {
      if (status == 200 && Dom.swapState(text)) {
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
    Dom.setText("[data-countdown]", String.valueOf(secondsLeft));
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
}
