// @pilot-status/embed/elements: <pilot-status-chat> and <pilot-status-connect>, custom elements over the SDK that
// loadPilotStatus() brings in (so Subresource Integrity applies). Secrets are properties only: an attribute is in the
// DOM for every script and extension to read, so a `token` attribute is ignored with a warning. Each SDK callback is a
// DOM CustomEvent on the element (EVENTS). Importing this where there is no window (server-side rendering) defines
// nothing and touches nothing.
import { loadPilotStatus } from "./loader.mjs";

/** The DOM event each SDK callback becomes; `detail` is the callback's argument. */
const EVENTS = Object.freeze({
  onLoaderStart: "pilot-status:loader-start",
  onReady: "pilot-status:ready",
  onLoadError: "pilot-status:load-error",
  onError: "pilot-status:error",
  onUnreadCount: "pilot-status:unread-count",
  onConversationOpened: "pilot-status:conversation-opened",
  onSessionExpired: "pilot-status:session-expired",
  onPaired: "pilot-status:paired",
  onExpired: "pilot-status:expired",
  onClose: "pilot-status:close",
});

// What a failed loadPilotStatus() is reported as (pilot-status:load-error): no iframe was even created.
const SDK_LOAD_FAILED = "SDK_LOAD_FAILED";

let settings = { load: undefined, init: undefined };
let api = null;

/**
 * Where the elements (and the React components) get the SDK: `load` goes to loadPilotStatus (cdnUrl, integrity),
 * `init` to PilotStatus.init (chatBaseUrl, …). Call before the first element mounts; later calls apply to the next
 * load only.
 */
function configurePilotStatus(options) {
  settings = { load: options && options.load, init: options && options.init };
}

function pilotStatus() {
  if (!api) {
    api = loadPilotStatus(settings.load).then(function (sdk) {
      if (sdk && settings.init) {
        sdk.init(settings.init);
      }
      return sdk;
    }, function (error) {
      api = null; // a later mount tries again, as the loader does
      throw error;
    });
  }
  return api;
}

// Custom elements need HTMLElement, which a server has not: there the classes exist (their static lists are read by
// the React entry) but extend nothing and are never defined.
const Base = typeof HTMLElement === "undefined" ? class {} : HTMLElement;

/**
 * One embed in one element. It mounts when it is in the document and has a `token` or `fetchToken`, and destroys the
 * handle (iframe, modal, listeners) when it leaves the document; back in, it mounts again, once.
 */
class PilotStatusElement extends Base {
  #options = {};
  #handle = null;
  #loading = false;
  #closed = false; // connect's modal, closed by the user: stays closed until a new token or mode, or re-added
  #warned = false;

  static get observedAttributes() {
    return ["token"].concat(this.attributeOptions);
  }

  constructor() {
    super();
    // A property set before the element was defined sits on the instance and hides the accessor: move it over.
    for (const key of this.constructor.properties) {
      if (Object.prototype.hasOwnProperty.call(this, key)) {
        const value = this[key];
        delete this[key];
        this[key] = value;
      }
    }
  }

  attributeChangedCallback(name, old, value) {
    if (name === "token") {
      if (value !== null && !this.#warned) {
        this.#warned = true;
        console.warn("Pilot Status: <" + this.localName + "> ignores its token attribute (the DOM is readable by every"
            + " script on the page); set the property instead: element.token = … or element.fetchToken = () => …");
      }
      return;
    }
    this.#set(name, value === null ? undefined : value);
  }

  connectedCallback() {
    this.#sync();
  }

  disconnectedCallback() {
    this.#closed = false;
    this.#unmount();
  }

  #set(key, value) {
    const old = this.#options[key];
    if (old === value || (typeof value === "object" && JSON.stringify(old) === JSON.stringify(value))) {
      return;
    }
    this.#options[key] = value;
    if (key === "fetchToken" && old && value) {
      return; // the SDK calls the current one through fetchCurrentToken: no remount
    }
    if (key === "token" || key === "mode") {
      this.#closed = false; // a new request: open again
    }
    // Live where the handle can: a value, or no appearance (null: back to the theme's look). An unset locale or
    // theme has no live form: mounting again gives the default.
    if (this.#handle && this.#handle.update && this.constructor.live.includes(key)
        && (value !== undefined || key === "appearance")) {
      try {
        this.#handle.update({ [key]: value === undefined ? null : value });
      } catch (error) {
        this.#emit("onError", { code: error.code || "INVALID_OPTIONS", message: error.message });
      }
      return;
    }
    this.#unmount();
    this.#sync();
  }

  #sync() {
    if (this.#handle || this.#loading || this.#closed || !this.isConnected
        || !(this.#options.token || this.#options.fetchToken)) {
      return;
    }
    this.#loading = true;
    const element = this;
    pilotStatus().then(function (sdk) {
      element.#loading = false;
      if (sdk) {
        element.#mount(sdk);
      }
    }, function (error) {
      element.#loading = false;
      if (element.isConnected) {
        element.#emit("onLoadError", { code: SDK_LOAD_FAILED, message: error.message });
      }
    });
  }

  #mount(sdk) {
    if (this.#handle || !this.isConnected || !(this.#options.token || this.#options.fetchToken)) {
      return; // removed, or its credentials unset, while the SDK was loading
    }
    const options = {};
    for (const key of this.constructor.properties) {
      if (this.#options[key] !== undefined && key !== "mode") {
        options[key] = this.#options[key];
      }
    }
    if (options.fetchToken) {
      const element = this;
      options.fetchToken = function fetchCurrentToken() {
        return element.#options.fetchToken();
      };
    }
    for (const callback of this.constructor.callbacks) {
      options[callback] = this.#emit.bind(this, callback);
    }
    try {
      this.#handle = this.open(sdk, options);
    } catch (error) {
      this.#emit("onError", { code: error.code || "INVALID_OPTIONS", message: error.message });
    }
  }

  #unmount() {
    if (this.#handle) {
      this.#handle.destroy();
      this.#handle = null;
    }
  }

  #emit(callback, detail) {
    if (callback === "onClose") {
      this.#closed = true;
      this.#handle = null; // the SDK destroyed the modal itself
    }
    const unhandled = this.dispatchEvent(new CustomEvent(EVENTS[callback], { detail, cancelable: callback === "onError" }));
    if (callback === "onError" && unhandled) {
      // As the SDK does without onError: a listener that calls preventDefault() keeps it out of the console.
      console.error("Pilot Status <" + this.localName + ">: " + detail.code + ": " + detail.message);
    }
  }

  /**
   * Gives `Element` an accessor per option (getter and setter, one path for properties and attributes) and a method
   * per name in its `handleMethods` that calls the mounted handle's (false when nothing is mounted yet).
   */
  static install(Element) {
    for (const key of Element.properties) {
      Object.defineProperty(Element.prototype, key, {
        configurable: true,
        get() {
          return this.#options[key];
        },
        set(value) {
          this.#set(key, value);
        },
      });
    }
    for (const name of Element.handleMethods) {
      Element.prototype[name] = function (...args) {
        return this.#handle ? (this.#handle[name](...args), true) : false;
      };
    }
  }
}

class PilotStatusChatElement extends PilotStatusElement {
  /** Every option, each a property; `token` and `fetchToken` only as properties. */
  static properties = ["token", "fetchToken", "locale", "theme", "appearance", "title", "handshakeTimeout"];
  /** Non-secret options that may also be attributes. */
  static attributeOptions = ["locale", "theme"];
  /** Options a mounted chat takes live (`update`); a change of any other mounts it again. */
  static live = ["locale", "theme", "appearance"];
  static callbacks = ["onLoaderStart", "onReady", "onLoadError", "onUnreadCount", "onConversationOpened",
    "onSessionExpired", "onError"];

  open(sdk, options) {
    return sdk.chat.mount(this, options);
  }
  /** `el.openConversation(id)`: the mounted chat's. */
  static handleMethods = ["openConversation"];
}

class PilotStatusConnectElement extends PilotStatusElement {
  /** `mode`: "inline" (default, the page in this element) or "modal" (`connect.open`'s centred dialog). */
  static properties = ["token", "mode", "baseUrl", "locale", "theme", "appearance", "title", "handshakeTimeout"];
  static attributeOptions = ["mode", "locale", "theme"];
  /** Live only where the SDK's connect handle has `update`; otherwise a change mounts the page again. */
  static live = ["locale", "theme", "appearance"];
  static callbacks = ["onLoaderStart", "onReady", "onLoadError", "onPaired", "onError", "onExpired", "onClose"];
  static handleMethods = [];

  open(sdk, options) {
    return this.mode === "modal" ? sdk.connect.open(options) : sdk.connect.mount(this, options);
  }
}

/** The element names; `customElements.define`d on import where there is a browser. */
const TAGS = Object.freeze({ chat: "pilot-status-chat", connect: "pilot-status-connect" });

PilotStatusElement.install(PilotStatusChatElement);
PilotStatusElement.install(PilotStatusConnectElement);
if (typeof customElements !== "undefined") {
  for (const [tag, Element] of [[TAGS.chat, PilotStatusChatElement], [TAGS.connect, PilotStatusConnectElement]]) {
    if (!customElements.get(tag)) { // another copy of this package defined it first: keep that one
      customElements.define(tag, Element);
    }
  }
}

export { EVENTS, TAGS, configurePilotStatus, PilotStatusChatElement, PilotStatusConnectElement };
