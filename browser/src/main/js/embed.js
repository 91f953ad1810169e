// embed.js, the loader (issue 17 §2): window.PilotStatus at once, with the SDK's whole public API, and the SDK's core
// (embed-core.js, the TeaVM-compiled SDK) inserted as soon as this runs, from v{version}/ of the directory this script
// was served from (or that directory itself when it is v{version}/), and pinned by the core's Subresource Integrity value (baked in at build time): pinning this file pins the core.
// Calls made before the core runs are queued and replayed in order; mount/open then return a handle whose calls wait
// for the real one. Errors a call throws once the core runs (PilotStatusError) go, for a replayed call, to the
// embed's onLoadError (its handle's calls: onError), else to the console. Built by src/build/minify/bundle.js, which
// fills in the version and the core's integrity and minifies.
(function () {
  if (typeof window === 'undefined' || typeof document === 'undefined') {
    return; // server-side rendering: nothing to do until a browser runs it
  }
  var w = window, d = document, p = w.PilotStatus;
  if (p && typeof p.init === 'function' && p.chat && typeof p.chat.mount === 'function') {
    // Included twice: the first copy stays; warn once, the flag sits on the first instance (the core does the same).
    if (!p.__psWarned) {
      try {
        Object.defineProperty(p, '__psWarned', { value: true });
        console.warn('[PilotStatus] embed.js was included more than once; the first copy (' + p.version
            + ') stays in use and this one does nothing. Include the script once.');
      } catch (e) {}
    }
    return;
  }
  // Stamp points: embed-cdn replaces these two literals with its deployment's origins (the core is never stamped, so
  // its integrity value holds everywhere); they reach the core as the first init.
  var CHAT = "https://chat.pilotstatus.com.br", CONNECT = "https://connect.pilotstatus.com.br";
  var HANDLE = ['update', 'setTheme', 'setLocale', 'destroy'];
  // Always the versioned core (immutable, kept by the CDN for every release), also from the latest alias /embed.js:
  // a browser holding a cached older loader after a deploy then fetches its own core, which its integrity matches,
  // not the newer /embed-core.js. From /v{version}/embed.js that is the file beside it.
  var VERSIONED = 'v${version}/', me = d.currentScript, core = '';
  if (me && me.src) {
    core = new URL('.', me.src).href;
    core += (core.slice(-VERSIONED.length) === VERSIONED ? '' : VERSIONED) + 'embed-core.js';
  }
  var port = null, failure = null, queue = [];

  function obj(x) {
    return x !== null && typeof x === 'object' ? x : {};
  }

  // A call on the core: its failures ({__psFailure, code, message}) become the PilotStatusError the API throws.
  function run(op, a, b) {
    var r = port(op, a, b);
    if (r && r.__psFailure) {
      var e = new Error(r.message);
      e.name = 'PilotStatusError';
      e.code = r.code;
      throw e;
    }
    return r;
  }

  // {code, message} to the first of the embed's callbacks named, else the console (as the core reports).
  function tell(options, names, code, message) {
    for (var i = 0; i < names.length; i++) {
      var f = options[names[i]];
      if (typeof f === 'function') {
        try {
          f({ code: code, message: message });
        } catch (e) {
          setTimeout(function () { throw e; });
        }
        return;
      }
    }
    console.error('[PilotStatus] ' + code + ': ' + message);
  }

  // Runs f once the core is there; options: the embed's, told SDK_LOAD_FAILED when the core will never be.
  function later(options, f) {
    if (failure) {
      if (options) tell(options, ['onLoadError', 'onError'], 'SDK_LOAD_FAILED', failure);
    } else {
      queue.push([options, f]);
    }
  }

  // chat.mount (op 1), connect.open (2), connect.mount (3): the core's handle when it is there, else a handle whose
  // calls are kept until the queued call has run.
  function embed(op, names) {
    return function (t, x) {
      var options = obj(op === 2 ? t : x), a = op === 2 ? options : t, b = op === 2 ? null : options;
      if (port) return run(op, a, b);
      var real = null, done = false, calls = [], handle = {};
      names.forEach(function (n) {
        handle[n] = function () {
          if (done) return real && real[n].apply(real, arguments);
          calls.push([n, arguments]);
          // Destroyed before it ran (React StrictMode's mount, unmount, mount): it never makes an iframe.
          if (n === 'destroy') done = true;
        };
      });
      later(options, function () {
        if (done) return;
        try {
          real = run(op, a, b);
        } catch (e) {
          tell(options, ['onLoadError', 'onError'], e.code, e.message);
        }
        done = true;
        calls.forEach(function (c) {
          try {
            if (real) real[c[0]].apply(real, c[1]);
          } catch (e) {
            tell(options, ['onError'], e.code, e.message);
          }
        });
      });
      if (failure) done = true;
      return handle;
    };
  }

  // The core calls this once it runs, with its API port: the deployment's origins first, then the queue in order.
  function boot(corePort) {
    port = corePort;
    port(0, { chatBaseUrl: CHAT, connectBaseUrl: CONNECT }, null);
    var q = queue;
    queue = [];
    q.forEach(function (c) { c[1](); });
  }

  function fail(why) {
    if (port || failure) return;
    failure = 'could not load ' + (core || 'the SDK core') + ': ' + why;
    console.error('[PilotStatus] SDK_LOAD_FAILED: ' + failure);
    var q = queue;
    queue = [];
    q.forEach(function (c) {
      if (c[0]) tell(c[0], ['onLoadError', 'onError'], 'SDK_LOAD_FAILED', failure);
    });
  }

  p = w.PilotStatus = {
    version: '${version}',
    init: function (x) {
      x = obj(x);
      if (port) return void run(0, x, null);
      later(null, function () {
        try {
          run(0, x, null);
        } catch (e) {
          tell({}, [], e.code, e.message);
        }
      });
    },
    chat: { mount: embed(1, HANDLE.concat('openConversation')) },
    connect: { open: embed(2, HANDLE), mount: embed(3, HANDLE) }
  };
  Object.defineProperty(p, '__psBoot', { value: boot, configurable: true });

  if (!core) {
    fail('embed.js must be loaded by a <script src="…/embed.js"> tag (the core is fetched next to it)');
    return;
  }
  var s = d.createElement('script');
  s.src = core;
  s.integrity = '${integrity}';
  s.crossOrigin = 'anonymous';
  s.onload = function () {
    fail('it ran but did not start (is it the embed-core.js of this embed.js?)');
  };
  s.onerror = function () {
    fail('the network failed, its bytes do not match the integrity value this embed.js pins (serve embed.js and'
        + ' embed-core.js of one build, unmodified), or this page\'s Content-Security-Policy script-src does not allow '
        + new URL(core).origin);
  };
  (d.head || d.documentElement).appendChild(s);
})();
