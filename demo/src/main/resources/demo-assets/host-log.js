// Shared by the demo pages: an on-page log of host callbacks and of the webhooks the demo backend received.
export const events = (window.demoEvents = window.demoEvents || []);

export function logEvent(name, detail) {
  events.push({ name, detail });
  const item = document.createElement("li");
  item.textContent = `${new Date().toLocaleTimeString()} ${name} ${detail === undefined ? "" : JSON.stringify(detail)}`;
  document.getElementById("events").prepend(item);
}

export function pollWebhooks() {
  const list = document.getElementById("webhooks");
  const render = async () => {
    try {
      const entries = await fetch("/api/demo/webhooks").then((r) => r.json());
      list.replaceChildren(...entries.map((e) => {
        const item = document.createElement("li");
        item.className = e.signatureValid ? "ok" : "bad";
        item.textContent = `${e.signatureValid ? "✔ signature verified" : "✘ bad signature"} · ${e.type} · ${e.eventId}`;
        return item;
      }));
    } catch (e) {
      // the next poll retries
    }
  };
  render();
  setInterval(render, 2000);
}
