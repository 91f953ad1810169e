// The demo host page's code for pairing a number, written the way seed 001 tells customers to.
import { logEvent, pollWebhooks } from "./host-log.js";

const status = document.getElementById("connect-status");
const scanButton = document.getElementById("scan");
let lastToken = null;
let handle = null;

async function newPairingToken() {
  const response = await fetch("/api/my-saas/pairing-token");
  const body = await response.json();
  if (!response.ok) throw new Error(body.error ? body.error.message : "Could not create a pairing link");
  lastToken = body.token;
  scanButton.disabled = false;
  status.textContent = "";
  document.getElementById("scan-status").textContent = "";
  return body.token;
}

// Once a link is used or dead, the simulated phone has nothing left to scan.
function linkDone() {
  scanButton.disabled = true;
  document.getElementById("scan-status").textContent = "";
}

function callbacks() {
  return {
    onPaired: (d) => { status.textContent = `Connected: ${d.numberId}`; linkDone(); logEvent("onPaired", d); },
    onError: (e) => { status.textContent = e.message; logEvent("onError", e); },
    onExpired: () => { status.textContent = "The link expired: create a new one."; linkDone(); logEvent("onExpired"); },
  };
}

PilotStatus.init();

document.getElementById("open-modal").addEventListener("click", async () => {
  if (handle) handle.destroy();
  const token = await newPairingToken();
  const cb = callbacks();
  handle = PilotStatus.connect.open({
    token, ...cb,
    onPaired: (d) => { cb.onPaired(d); handle.destroy(); },
    // Closing drops this link for the demo: opening again mints a new one.
    onClose: () => { status.textContent = "Closed: open it again to pair."; linkDone(); logEvent("onClose"); },
  });
  // The modal is appended to <body>; the simulated phone goes after it so it stays on top and clickable.
  document.body.append(document.getElementById("phone"));
});

document.getElementById("mount-inline").addEventListener("click", async () => {
  if (handle) handle.destroy();
  const token = await newPairingToken();
  handle = PilotStatus.connect.mount("#connect-widget", { token, ...callbacks() });
});

scanButton.addEventListener("click", async () => {
  const out = document.getElementById("scan-status");
  const response = await fetch("/api/demo/scan", {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify({ token: lastToken }),
  });
  const body = await response.json();
  out.textContent = response.ok ? "Scanned: linking…" : body.error.message;
});

pollWebhooks();
