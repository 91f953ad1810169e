// @pilot-status/embed/elements: the custom elements <pilot-status-chat> and <pilot-status-connect>.
import type {
  Appearance, InitOptions, LoadOptions, Locale, PairedDetail, PilotStatusErrorCode, PilotStatusErrorInfo,
  Theme,
} from "./index";

export type * from "./index";

/** A load error of an element: the SDK's, or `SDK_LOAD_FAILED` when `embed.js` itself could not be loaded. */
export interface ElementErrorInfo {
  code: PilotStatusErrorCode;
  message: string;
}

/** The DOM event each SDK callback becomes on the element; `detail` is the callback's argument. */
export declare const EVENTS: {
  readonly onLoaderStart: "pilot-status:loader-start";
  readonly onReady: "pilot-status:ready";
  readonly onLoadError: "pilot-status:load-error";
  readonly onError: "pilot-status:error";
  readonly onUnreadCount: "pilot-status:unread-count";
  readonly onConversationOpened: "pilot-status:conversation-opened";
  readonly onSessionExpired: "pilot-status:session-expired";
  readonly onPaired: "pilot-status:paired";
  readonly onExpired: "pilot-status:expired";
  readonly onClose: "pilot-status:close";
};

/** The element names, defined on import in a browser. */
export declare const TAGS: { readonly chat: "pilot-status-chat"; readonly connect: "pilot-status-connect" };

/** Every element event by name, with its `detail`. */
export interface PilotStatusEventMap {
  "pilot-status:loader-start": CustomEvent<undefined>;
  "pilot-status:ready": CustomEvent<undefined>;
  /** Also `SDK_LOAD_FAILED`: `embed.js` could not be loaded (network, or bytes that fail their integrity value). */
  "pilot-status:load-error": CustomEvent<ElementErrorInfo>;
  /** Cancelable: `preventDefault()` keeps it out of the console (`console.error` otherwise, as the SDK does). */
  "pilot-status:error": CustomEvent<PilotStatusErrorInfo>;
  "pilot-status:unread-count": CustomEvent<number>;
  "pilot-status:conversation-opened": CustomEvent<string>;
  "pilot-status:session-expired": CustomEvent<undefined>;
  "pilot-status:paired": CustomEvent<PairedDetail>;
  "pilot-status:expired": CustomEvent<undefined>;
  "pilot-status:close": CustomEvent<undefined>;
}

export interface ElementsConfiguration {
  /** For `loadPilotStatus`: another CDN and its integrity value (the production CDN needs nothing). */
  load?: LoadOptions;
  /** For `PilotStatus.init`: other chat/connect origins, the default handshake timeout. */
  init?: InitOptions;
}

/** Where the elements and the React components get the SDK; call before the first one mounts. */
export declare function configurePilotStatus(options: ElementsConfiguration): void;

interface PilotStatusElementBase extends HTMLElement {
  /** Interface language; also the `locale` attribute. Live. */
  locale: Locale | undefined;
  /** Colour theme; also the `theme` attribute. Live. */
  theme: Theme | undefined;
  /** The host's look; live (compared by value, so a new equal object changes nothing). */
  appearance: Appearance | null | undefined;
  /** The iframe's accessible title (remounts when changed). */
  title: string;
  /** Milliseconds before `pilot-status:load-error` (remounts when changed). */
  handshakeTimeout: number | undefined;
  addEventListener<K extends keyof PilotStatusEventMap>(type: K,
      listener: (this: HTMLElement, event: PilotStatusEventMap[K]) => unknown, options?: boolean | AddEventListenerOptions): void;
  addEventListener(type: string, listener: EventListenerOrEventListenerObject, options?: boolean | AddEventListenerOptions): void;
  removeEventListener<K extends keyof PilotStatusEventMap>(type: K,
      listener: (this: HTMLElement, event: PilotStatusEventMap[K]) => unknown, options?: boolean | EventListenerOptions): void;
  removeEventListener(type: string, listener: EventListenerOrEventListenerObject, options?: boolean | EventListenerOptions): void;
}

/**
 * `<pilot-status-chat>`: the inbox, mounted while the element is in the document and has a `token` or `fetchToken`
 * (properties only: a `token` attribute is ignored with a console warning). Events: loader-start, ready, load-error,
 * error, unread-count, conversation-opened, session-expired.
 */
export interface PilotStatusChatElement extends PilotStatusElementBase {
  /** The chat JWT; a new one mounts the inbox again (`fetchToken` renews without a remount). */
  token: string | undefined;
  /** Called at mount and on session expiry; replacing it does not remount (the current one is called). */
  fetchToken: (() => Promise<string>) | undefined;
  /** The mounted chat's `openConversation`; `false` (and nothing sent) when it is not mounted yet. */
  openConversation(conversationId: string): boolean;
}

/**
 * `<pilot-status-connect>`: the pairing page, inline in the element or (`mode = "modal"`) in the SDK's modal.
 * Events: loader-start, ready, load-error, error, paired, expired, close (modal: the user closed it; it stays closed
 * until a new token or until the element is added to the document again).
 */
export interface PilotStatusConnectElement extends PilotStatusElementBase {
  /** The pairing token (property only). */
  token: string | undefined;
  /** `"inline"` (default) or `"modal"`; also the `mode` attribute. */
  mode: "inline" | "modal" | undefined;
  /** The connect origin for this element. */
  baseUrl: string | undefined;
}

export declare const PilotStatusChatElement: {
  prototype: PilotStatusChatElement;
  new (): PilotStatusChatElement;
};
export declare const PilotStatusConnectElement: {
  prototype: PilotStatusConnectElement;
  new (): PilotStatusConnectElement;
};

declare global {
  interface HTMLElementTagNameMap {
    "pilot-status-chat": PilotStatusChatElement;
    "pilot-status-connect": PilotStatusConnectElement;
  }
}
