// The React app of FrameworkComponentsIT: <PilotStatusChat> under StrictMode, driven by the test through window.app.
// Bundled by esbuild in development mode, where StrictMode mounts, unmounts and mounts every effect again.
import { createElement, StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { PilotStatusChat, configurePilotStatus } from "@pilot-status/embed/react";

configurePilotStatus({ load: window.testConfig });

const root = createRoot(document.getElementById("root"));
const events = [];

// Renders the inbox with these props; `label` tags what the callback props record, so the test can tell whether the
// latest callbacks are the ones called.
function render(props, label) {
  function record(name) {
    return function (detail) {
      events.push({ label, name, detail: detail === undefined ? null : detail });
    };
  }
  root.render(createElement(StrictMode, null, createElement(PilotStatusChat, Object.assign({
    id: "inbox", className: "inbox",
    onLoaderStart: record("loader-start"), onReady: record("ready"), onUnreadCount: record("unread-count"),
    onConversationOpened: record("conversation-opened"), onError: record("error"),
  }, props))));
}

window.app = { render, unmount: () => root.unmount(), events };
