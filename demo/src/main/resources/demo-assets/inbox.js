// The demo host page's code for the inbox, written the way seed 000 tells customers to.
import { logEvent, pollWebhooks } from "./host-log.js";

const status = document.getElementById("chat-status");
const themeSelect = document.getElementById("theme");
const localeSelect = document.getElementById("locale");

async function fetchToken() {
  const response = await fetch("/api/my-saas/embed-token");
  const body = await response.json();
  if (!response.ok) throw new Error(body.error ? body.error.message : "Could not get a token");
  return body.token;
}

PilotStatus.init();
const chat = PilotStatus.chat.mount("#inbox", {
  fetchToken,
  locale: localeSelect.value,
  theme: themeSelect.value,
  onReady: () => { status.textContent = ""; logEvent("onReady"); },
  onUnreadCount: (n) => { document.getElementById("unread").textContent = n; logEvent("onUnreadCount", n); },
  onConversationOpened: (id) => logEvent("onConversationOpened", id),
  onSessionExpired: () => logEvent("onSessionExpired"),
  onError: (e) => { status.textContent = `${e.code}: ${e.message}`; logEvent("onError", e); },
});

themeSelect.addEventListener("change", () => chat.setTheme(themeSelect.value));
localeSelect.addEventListener("change", () => chat.setLocale(localeSelect.value));

document.getElementById("inbound").addEventListener("submit", async (event) => {
  event.preventDefault();
  const form = new FormData(event.target);
  const out = document.getElementById("inbound-status");
  out.textContent = "Sending…";
  const response = await fetch("/api/demo/inbound", {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify(Object.fromEntries(form)),
  });
  const body = await response.json();
  out.textContent = response.ok ? "Delivered to the inbox." : body.error.message;
});

pollWebhooks();
