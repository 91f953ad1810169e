// The chat iframe's first script, inline at the top of the shell (issue 17 §2, first paint). It paints the first
// inbox before the runtime (chat-runtime.js, about 100 ms of compiling and starting on a fresh renderer) has run:
//  1. it posts `ready` at once, so the host's `init` is on its way while the page still loads;
//  2. on a plain `init` (our protocol major, no appearance variables: those are validated by the runtime's shared
//     rules before they reach a style) it asks for the first inbox itself, with the runtime's headers, and paints it.
//     That request checks the token too; the session check (its timing, the host's onReady) is the runtime's, after
//     first paint;
//  3. then (at once, for anything else) it loads the runtime, which takes the parent's messages kept here and adopts
//     the inbox answer: the same request with the same token, answered once. A failed answer is not handed over: the
//     runtime asks again and shows the state the server renders, as it always did.
// chat-app's BootScript writes the wire names (ChatHeaders, ChatPaths, Envelope) and the `ready` envelope into WIRE,
// so none is spelled here; this tag's attributes carry the validated parent origin and the runtime's URL. Without
// WIRE or a parent, it only loads the runtime (which then posts `ready` itself, as it always could).
(function () {
  var WIRE = /*wire*/null;
  mark('pilot-status:boot');
  var tag = document.currentScript, origin = tag.getAttribute('data-parent-origin');
  var kept = [], inbox = null, token = null, loaded = false, superseded = false;

  function loadRuntime() {
    if (loaded) return;
    loaded = true;
    var script = document.createElement('script');
    script.src = tag.getAttribute('data-runtime');
    document.head.appendChild(script);
  }

  if (window.parent === window || !origin || !WIRE) return loadRuntime();
  window.parent.postMessage(WIRE.ready, origin);
  var zone = timeZone(); // while `ready` travels: nothing of it is left on the way from `init` to the request

  /**
   * The payload of an `init` this script may serve, else null: one the runtime's decoder (Envelope.decode) accepts,
   * by the same rules (plain objects, own members, WIRE.fields: init's payload rules), of our protocol major and
   * without appearance variables. Anything else goes to the runtime, which decides.
   */
  function plainInit(data) {
    try {
      if (!plain(data) || own(data, 'source') !== WIRE.source || own(data, 'v') !== WIRE.v
          || own(data, 'type') !== WIRE.init) return null;
      var p = own(data, 'payload');
      if (!plain(p)) return null;
      for (var i = 0; i < WIRE.fields.length; i++) {
        var rule = WIRE.fields[i], value = own(p, rule.name);
        if (value == null ? rule.required
            : typeof value !== 'string' || value.length < rule.min || value.length > rule.max) return null;
      }
      var version = own(p, WIRE.protocol);
      return own(p, WIRE.appearance) == null && (version == null || parseInt(version, 10) === WIRE.major) ? p : null;
    } catch (e) {
      return null;
    }
  }

  function plain(value) {
    var proto = value !== null && typeof value === 'object' && Object.getPrototypeOf(value);
    return proto === Object.prototype || proto === null;
  }

  function own(object, name) {
    return Object.prototype.hasOwnProperty.call(object, name) ? object[name] : undefined;
  }

  // What the agent does before the runtime has taken the painted inbox over (a click on a row, a key, a search typed
  // in) is held here, unheard by anyone else, and replayed to the runtime's listeners in order once it has adopted
  // the inbox: no input is lost and none overtakes another. The browser's own part of it (focus, the typed text)
  // happens at once; a form's submit, which would navigate this frame away, is stopped, as the runtime stops it.
  var held = [], HELD = ['click', 'keydown', 'input', 'change', 'submit'];
  function hold(e) {
    if (e.type === 'submit') e.preventDefault();
    e.stopImmediatePropagation();
    held.push(e);
  }
  HELD.forEach(function (type) { document.addEventListener(type, hold, true); });

  function release() {
    HELD.forEach(function (type) { document.removeEventListener(type, hold, true); });
    var input = held;
    held = [];
    input.forEach(replay);
  }

  /** A copy of a held event, dispatched where it happened: the runtime's listeners hear it as they would have. */
  function replay(e) {
    var target = e.target;
    if (e.type === 'submit' || !target || !target.isConnected) return;
    var copy = e.type === 'click' ? new MouseEvent('click', e)
        : e.type === 'keydown' ? new KeyboardEvent('keydown', e) : new Event(e.type, { bubbles: true });
    target.dispatchEvent(copy);
  }

  function keep(e) {
    if (e.origin !== origin || e.source !== window.parent) return;
    kept.push(e);
    var isInit = e.data && e.data.source === WIRE.source && e.data.type === WIRE.init;
    if (!isInit || loaded) return;
    var p = inbox ? null : plainInit(e.data);
    if (p) {
      start(p);
    } else {
      superseded = inbox !== null; // a second init before the first painted: the runtime serves both, in order
      loadRuntime();
    }
  }
  addEventListener('message', keep);

  /** The first inbox, with the headers SessionHttp sends. */
  function start(p) {
    mark('pilot-status:boot-init');
    token = own(p, 'token');
    var theme = own(p, 'theme'), locale = own(p, 'locale');
    if (WIRE.themes.indexOf(theme) >= 0) document.documentElement.setAttribute('data-theme', theme);
    var headers = { 'Authorization': 'Bearer ' + token };
    headers[WIRE.headers.parentOrigin] = origin;
    headers[WIRE.headers.locale] = locale || WIRE.locale;
    headers[WIRE.headers.zone] = zone;
    inbox = ask('GET', WIRE.inbox, headers).then(function (answer) {
      if (answer && !loaded && !superseded) paint(answer[1]);
      else loadRuntime();
      return answer;
    });
  }

  /** [status, body, state, unread] of a 200 answer; null for anything else (the runtime asks again). */
  function ask(method, url, headers) {
    // Same-origin credentials, unlike the runtime's `omit`: Chrome keeps credential-less requests in a socket pool of
    // their own, so `omit` would open a second connection on the way to first paint instead of reusing the shell's.
    // chat-app sets no cookie; the token is the header.
    return fetch(url, { method: method, headers: headers, credentials: 'same-origin', cache: 'no-store',
      referrerPolicy: 'no-referrer' }).then(function (r) {
      return r.status !== 200 ? null : r.text().then(function (body) {
        mark('pilot-status:boot-answer');
        return [r.status, body, r.headers.get(WIRE.headers.state) || '', r.headers.get(WIRE.headers.unread) || ''];
      });
    }).catch(function () { return null; });
  }

  /** As Dom.timeZone: Temporal first, a fresh renderer's first Intl.DateTimeFormat loads ICU data (25–300 ms). */
  function timeZone() {
    try { if (typeof Temporal === 'object' && Temporal.Now) return Temporal.Now.timeZoneId() || ''; } catch (e) { }
    try { return Intl.DateTimeFormat().resolvedOptions().timeZone || ''; } catch (e) { return ''; }
  }

  /** The inbox in #app, with the benchmark's marks (as Dom.markPaint); the runtime loads once it is on screen. */
  function paint(html) {
    if (document.readyState === 'loading') {
      return document.addEventListener('DOMContentLoaded', function () { paint(html); });
    }
    var app = document.getElementById('app');
    app.innerHTML = html;
    app.removeAttribute('aria-busy');
    app.setAttribute('data-painted', 'boot'); // ConversationList keeps this inbox instead of rendering it again
    mark('pilot-status:inbox');
    // The runtime's compile would hold this frame: it waits for the frame (or 100 ms, in a hidden tab with no frames).
    requestAnimationFrame(function () {
      setTimeout(function () {
        mark('pilot-status:inbox-painted');
        loadRuntime();
      }, 0);
    });
    setTimeout(loadRuntime, 100);
  }

  /** A performance mark: where first paint's time goes (FirstPaintBenchmarkIT prints them). */
  function mark(name) {
    if (window.performance && performance.mark) performance.mark(name);
  }

  // The runtime takes over: it hears what was kept, in order, and every later message itself; replaying the kept
  // init claims this script's answer (answer), after which nothing is left here (the token included). The agent's
  // held input follows once the runtime has adopted that answer (its callbacks run first, in the order they were
  // added), or at once when there is none.
  window.pilotStatusBoot = {
    take: function (listener) {
      removeEventListener('message', keep);
      loaded = true;
      var first = inbox, taken = kept;
      kept = null;
      taken.forEach(function (e) { listener(e); });
      window.pilotStatusBoot = undefined;
      inbox = token = null;
      Promise.resolve(first).then(function () { setTimeout(release, 0); });
    },
    answer: function (method, url, forToken) {
      var answer = method === 'GET' && url === WIRE.inbox && forToken === token ? inbox : null;
      inbox = answer ? null : inbox; // once
      return answer;
    }
  };
})();
