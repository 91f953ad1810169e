// @pilot-status/embed's main entry: loads this version's embed.js from the CDN once, with Subresource Integrity, and
// resolves with the PilotStatus API. Nothing happens at import, so it is safe where there is no window (server-side
// rendering resolves null). The SDK itself, bundled for hosts that cannot load it from the CDN: "@pilot-status/embed/bundle".
const VERSION = "${version}";
const CDN = "https://embed.pilotstatus.com.br";
// Of this version's embed.js exactly as the production CDN serves it (its origins are the SDK's defaults).
const INTEGRITY = "${integrity}";
const SRI = /^sha(256|384|512)-[A-Za-z0-9+/]+={0,2}$/;

let loading = null;

function loadPilotStatus(options) {
  if (typeof window === "undefined" || typeof document === "undefined") {
    return Promise.resolve(null);
  }
  if (window.PilotStatus) {
    return Promise.resolve(window.PilotStatus); // a script tag, or an earlier call, was first
  }
  if (loading) {
    return loading;
  }
  const cdn = String((options && options.cdnUrl) || CDN).replace(/\/+$/, "");
  let integrity = options ? options.integrity : undefined;
  if (integrity === undefined) {
    if (cdn !== CDN) {
      return Promise.reject(new TypeError("Pilot Status: loadPilotStatus({ cdnUrl: \"" + cdn + "\" }) needs that CDN's"
          + " integrity value (GET " + cdn + "/embed.js.sri), or integrity: false to load it without Subresource Integrity"));
    }
    integrity = INTEGRITY;
  }
  if (integrity !== false && !SRI.test(String(integrity))) {
    return Promise.reject(new TypeError("Pilot Status: integrity must be a Subresource Integrity value (sha384-…) or false"));
  }
  const src = cdn + "/v" + VERSION + "/embed.js";
  loading = new Promise(function (resolve, reject) {
    let script = document.querySelector("script[src=\"" + src + "\"]"); // inserted by another copy of this loader
    if (!script) {
      script = document.createElement("script");
      script.src = src;
      if (integrity) {
        script.integrity = integrity;
      }
      script.crossOrigin = "anonymous";
      script.async = true;
      (document.head || document.documentElement).appendChild(script);
    }
    function fail(why) {
      loading = null; // a later call tries again
      script.remove();
      reject(new Error("Pilot Status: could not load " + src + ": " + why));
    }
    script.addEventListener("load", function () {
      if (window.PilotStatus) {
        resolve(window.PilotStatus);
      } else {
        fail("it ran but did not define PilotStatus");
      }
    });
    script.addEventListener("error", function () {
      fail("the network failed, or its content does not match its integrity value");
    });
  });
  return loading;
}

export { loadPilotStatus };
