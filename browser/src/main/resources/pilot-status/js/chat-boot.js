// The chat iframe's first script (issue 17 §2, first paint): it posts the runtime's `ready` while chat-runtime.js is
// still loading and compiling, so the host's `init` is on its way meanwhile, and keeps the parent's messages for the
// runtime, which takes them (and hears every later one itself) when it starts. chat-app's shell writes the `ready`
// envelope (encoded by the shared Envelope) and the validated parent origin into this tag's data attributes.
(function () {
  var tag = document.currentScript, origin = tag.getAttribute('data-parent-origin'), kept = [];
  if (window.parent === window || !origin) return;
  try {
    window.parent.postMessage(JSON.parse(tag.getAttribute('data-ready')), origin);
  } catch (e) {
    return; // no pilotStatusBoot: the runtime posts `ready` itself
  }
  function keep(e) {
    if (e.origin === origin && e.source === window.parent) kept.push(e);
  }
  addEventListener('message', keep);
  // The runtime hands its own listener over: it hears what was kept, in order, and every later message itself.
  window.pilotStatusBoot = function (listener) {
    removeEventListener('message', keep);
    window.pilotStatusBoot = undefined;
    var taken = kept;
    kept = null; // the init (with its token) stays nowhere but in the runtime
    taken.forEach(function (e) { listener(e); });
  };
})();
