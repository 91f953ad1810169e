/**
 * @pilot-status/embed — the host-page SDK of the Pilot Status embeds.
 *
 * Mount the WhatsApp inbox (chat) or open the number-pairing page (connect) in your web app. Error codes are API:
 * renaming one is a breaking change; messages are for humans and may change.
 */

/** Stable error codes, delivered as `onError({ code, message })` or as `PilotStatusError.code`. */
export type PilotStatusErrorCode =
  /**
   * Load error: the iframe's origin answered but its page said nothing within `handshakeTimeout` (default 10 000 ms):
   * the base URL (`chatBaseUrl`, `connectBaseUrl`, `baseUrl`) is not a Pilot Status server.
   */
  | "HANDSHAKE_TIMEOUT"
  /** Load error: this page's Content-Security-Policy refuses the iframe; add its origin to `frame-src`. */
  | "FRAME_BLOCKED"
  /** Load error: nothing answers at the iframe's origin (server down, wrong host or port). */
  | "FRAME_UNREACHABLE"
  /** Chat: this page's origin is not in the token's `allowedOrigins`. */
  | "ORIGIN_NOT_ALLOWED"
  /** Chat: the token is malformed, tampered, expired, for another surface, or over 8192 characters. */
  | "TOKEN_INVALID"
  /** Chat: the iframe could not reach the platform. */
  | "NETWORK"
  /** A call got options it cannot use (thrown synchronously as a `PilotStatusError`). */
  | "INVALID_OPTIONS"
  /** `mount` found no element for the selector (thrown synchronously as a `PilotStatusError`). */
  | "MOUNT_TARGET_NOT_FOUND"
  /** Chat: `fetchToken` rejected, threw, or resolved to something that is not a non-empty string. */
  | "TOKEN_FETCH_FAILED"
  /** Chat: `openConversation(id)` named no conversation of this session's numbers (unknown or out of scope). */
  | "CONVERSATION_NOT_FOUND"
  /** Connect: the pairing page reported a failure (`connect:error`); `message` says what. */
  | "PAIRING_FAILED"
  /**
   * Load error: the iframe speaks another major version of the postMessage protocol than this `embed.js` (a cached or
   * self-hosted copy older or newer than the server): load the `embed.js` the server's CDN serves.
   */
  | "PROTOCOL_MISMATCH"
  /**
   * Load error: the SDK's core (`embed-core.js`, which `embed.js` loads from its own directory) did not load: the
   * network, bytes that do not match the integrity value `embed.js` pins, or this page's CSP `script-src`. Every embed
   * mounted before then gets it in `onLoadError` (else `onError`); the console names the URL. The npm loader and the
   * custom elements also use it when `embed.js` itself did not load.
   */
  | "SDK_LOAD_FAILED";

/** What `onError` and `onLoadError` receive. */
export interface PilotStatusErrorInfo {
  code: PilotStatusErrorCode;
  message: string;
}

/**
 * Thrown synchronously by `init`, `chat.mount`, `connect.open` and `connect.mount` when their arguments are unusable,
 * once the SDK's core has loaded (`embed.js` fetches it as soon as it runs, usually long before a token is at hand). A
 * call made before that is queued and returns a handle at once; the same error then arrives, with the same `code`, at
 * the embed's `onLoadError` (else `onError`, else the console), and a handle call's at `onError`.
 */
export interface PilotStatusError extends Error {
  name: "PilotStatusError";
  code: PilotStatusErrorCode;
}

/** `"en"`, `"pt"` or `"es"` (others fall back to English). */
export type Locale = "en" | "pt" | "es" | (string & {});
/** `"light"` or `"dark"`. */
export type Theme = "light" | "dark" | (string & {});

export interface InitOptions {
  /** Origin of the chat iframe. Default `https://chat.pilotstatus.com.br` (embed-cdn serves its deployment's). */
  chatBaseUrl?: string;
  /** Origin of the connect iframe. Default `https://connect.pilotstatus.com.br` (embed-cdn serves its deployment's). */
  connectBaseUrl?: string;
  /** Default handshake timeout (chat and connect) in milliseconds. Default 10000. */
  handshakeTimeout?: number;
}

/**
 * The host's look for one embed, over the tenant's branding and the theme (issue 17; Stripe Connect's
 * `appearance.variables` is the model). A variable that is not set keeps the theme's (or the branding's) value. An
 * unknown name or a value that breaks its rule makes the call throw a `PilotStatusError` (`INVALID_OPTIONS`) naming
 * it; the iframe checks every value again (bounds included) and ignores, with a console warning, one that fails.
 */
export interface AppearanceVariables {
  /** Buttons, badges, avatars, the QR tab. `#rgb` or `#rrggbb`. Text on it is picked for contrast (WCAG AA). */
  colorPrimary?: string;
  /** Page background. `#rgb` or `#rrggbb`. */
  colorBackground?: string;
  /** Main text. `#rgb` or `#rrggbb`. */
  colorText?: string;
  /** Errors, failed messages. `#rgb` or `#rrggbb`. */
  colorDanger?: string;
  /** Font names (letters, digits, spaces, `-`, `_`; each starting with a letter), comma-separated, ≤ 200 characters. No quotes. */
  fontFamily?: string;
  /** Base text size: `px` or `rem` (1rem = 16px), 10px to 24px. */
  fontSizeBase?: string;
  /** Corners of buttons and fields: `px` or `rem`, 0px to 32px. */
  borderRadius?: string;
  /** The unit paddings are multiples of: `px` or `rem`, 2px to 16px (default 4px). */
  spacingUnit?: string;
}

/** `{ variables }`; `null` or `{}` means none (the theme's and branding's look). */
export interface Appearance {
  variables?: AppearanceVariables;
}

interface ChatOptionsBase {
  /** Interface language. */
  locale?: Locale;
  /** Colour theme. */
  theme?: Theme;
  /** The host's look for this embed; `update({ appearance })` replaces it live. */
  appearance?: Appearance | null;
  /** The iframe's accessible title. Default "Pilot Status chat". */
  title?: string;
  /** Milliseconds to wait for the iframe's first message before `onLoadError`. Default from `init`, else 10000. */
  handshakeTimeout?: number;
  /**
   * The iframe is in the page and loading (called during `mount`/`open`, before it returns; for a call made before the
   * SDK's core loaded, when the core runs it). First of all callbacks.
   */
  onLoaderStart?: () => void;
  /**
   * Once, when the iframe has checked the first token and it holds (origin allowed, signature, lifetime). A token the
   * iframe refuses never gets `onReady`: it gets `onError` (for example `ORIGIN_NOT_ALLOWED`).
   */
  onReady?: () => void;
  /**
   * The iframe cannot load or hand-shake (`FRAME_BLOCKED`, `FRAME_UNREACHABLE`, `HANDSHAKE_TIMEOUT`,
   * `PROTOCOL_MISMATCH`), within `handshakeTimeout`; or the SDK's core did not load (`SDK_LOAD_FAILED`); or, for a
   * call queued before the core loaded, what the call would have thrown. The console also says what to fix. Without
   * it, `onError` receives these. Never with `onReady`.
   */
  onLoadError?: (error: PilotStatusErrorInfo) => void;
  /** The number of unread conversations changed. */
  onUnreadCount?: (count: number) => void;
  /** The user opened a conversation. */
  onConversationOpened?: (conversationId: string) => void;
  /** The session fully expired. Not called when `fetchToken` is given: the SDK then fetches a new token itself. */
  onSessionExpired?: () => void;
  /** Something went wrong after mounting; see {@link PilotStatusErrorCode}. Without it, errors go to the console. */
  onError?: (error: PilotStatusErrorInfo) => void;
}

/** Options of `chat.mount`: a `token`, or a `fetchToken` callback (called at mount and on session expiry). */
export type ChatOptions = ChatOptionsBase &
  (
    | { /** The chat JWT minted by your backend. */ token: string; fetchToken?: () => Promise<string> }
    | { token?: string; /** Returns a fresh chat JWT; concurrent calls share one fetch. */ fetchToken: () => Promise<string> }
  );

/** A mounted chat. */
export interface ChatHandle {
  /**
   * Applies what is given, live (`setTheme`/`setLocale` are the one-key forms). `appearance` replaces the whole
   * appearance (`null` goes back to the theme's look); a bad one throws `PilotStatusError` (`INVALID_OPTIONS`) before
   * anything changes.
   */
  update(options: { theme?: Theme; locale?: Locale; appearance?: Appearance | null }): void;
  /**
   * Opens a conversation (after the handshake, if it has not happened yet): `onConversationOpened(id)` once shown,
   * or `onError(CONVERSATION_NOT_FOUND)` when it is not in the token's numbers (`chat:open-conversation` on the wire).
   */
  openConversation(conversationId: string): void;
  /** Switches the theme (sent with the handshake if it has not happened yet). */
  setTheme(theme: Theme): void;
  /** Switches the language (sent with the handshake if it has not happened yet). */
  setLocale(locale: Locale): void;
  /** Removes the iframe and every listener. Safe to call twice. */
  destroy(): void;
}

/** What `onPaired` receives. */
export interface PairedDetail {
  numberId?: string;
  redirectUrl?: string;
}

/** Options of `connect.open` and `connect.mount`. */
export interface ConnectOptions {
  /** The pairing token (the UUID of the remote-pairing link). Required. */
  token: string;
  /** Origin of the connect page. Default: `connectBaseUrl` of `init`, else `https://connect.pilotstatus.com.br`. */
  baseUrl?: string;
  locale?: Locale;
  theme?: Theme;
  /** The host's look for the pairing page (its colours go over the link's and the tenant's branding). */
  appearance?: Appearance | null;
  /** The iframe's accessible title. Default "Pilot Status connect". */
  title?: string;
  /** Milliseconds to wait for the page's first message before `onLoadError`. Default from `init`, else 10000. */
  handshakeTimeout?: number;
  /**
   * The iframe is in the page and loading (called during `mount`/`open`, before it returns; for a call made before the
   * SDK's core loaded, when the core runs it). First of all callbacks.
   */
  onLoaderStart?: () => void;
  /** Once, when the page rendered a pairing token it accepted (a refused one gets `onError` or `onExpired`). */
  onReady?: () => void;
  /**
   * The iframe cannot load or hand-shake (`FRAME_BLOCKED`, `FRAME_UNREACHABLE`, `HANDSHAKE_TIMEOUT`,
   * `PROTOCOL_MISMATCH`), within `handshakeTimeout`; or the SDK's core did not load (`SDK_LOAD_FAILED`); or, for a
   * call queued before the core loaded, what the call would have thrown. The console also says what to fix. Without
   * it, `onError` receives these. Never with `onReady`.
   */
  onLoadError?: (error: PilotStatusErrorInfo) => void;
  /** The number was connected. Confirm server-side (webhook); this is a hint. */
  onPaired?: (detail: PairedDetail) => void;
  /** The pairing failed (`PAIRING_FAILED`); also the load errors when there is no `onLoadError`. */
  onError?: (error: PilotStatusErrorInfo) => void;
  /** The link or QR expired: mint a new link. */
  onExpired?: () => void;
  /** `connect.open` only: the user closed the modal (close button or Esc). */
  onClose?: () => void;
}

/** An open or mounted connect page. */
export interface ConnectHandle {
  /**
   * Applies what is given (`setTheme`/`setLocale` are the one-key forms): the page loads itself again with the new
   * settings once it is ready, keeping the pairing. `appearance` replaces the whole appearance (`null` goes back to
   * the link's and tenant's branding); a bad one throws `PilotStatusError` (`INVALID_OPTIONS`) before anything changes.
   */
  update(options: { theme?: Theme; locale?: Locale; appearance?: Appearance | null }): void;
  /** Switches the theme. */
  setTheme(theme: Theme): void;
  /** Switches the language. */
  setLocale(locale: Locale): void;
  /** Removes the iframe (and the modal, restoring focus and scroll) and every listener. Safe to call twice. */
  destroy(): void;
}

export interface PilotStatusApi {
  /**
   * The SDK's semver, e.g. `"0.1.0"`. When the script is included more than once, the first copy stays in use
   * (this is its version) and the others only warn once in the console.
   */
  readonly version: string;
  /** Optional configuration; call before mounting. */
  init(options?: InitOptions): void;
  chat: {
    /** Mounts the inbox into the element (or the first match of the CSS selector). */
    mount(target: string | Element, options: ChatOptions): ChatHandle;
  };
  connect: {
    /** Opens the pairing page in a centred modal (focus trap, Esc, scroll lock). */
    open(options: ConnectOptions): ConnectHandle;
    /** Embeds the pairing page inline. */
    mount(target: string | Element, options: ConnectOptions): ConnectHandle;
  };
}

export interface LoadOptions {
  /** The CDN that serves `embed.js`; default: the production CDN. */
  cdnUrl?: string;
  /**
   * The Subresource Integrity value of that CDN's `embed.js` (`GET {cdnUrl}/embed.js.sri`). Built in for the production
   * CDN; required with a `cdnUrl` of your own, or `false` to load it without Subresource Integrity.
   */
  integrity?: string | false;
}

/**
 * Inserts this version's `embed.js` from the CDN once (with Subresource Integrity) and resolves with the API; resolves
 * with the page's `PilotStatus` when a script tag was first, and with `null` where there is no `window` (server-side
 * rendering). Rejects with a `TypeError` for bad options and an `Error` when the script cannot load or does not match
 * its integrity value; a later call tries again.
 */
export declare function loadPilotStatus(options?: LoadOptions): Promise<PilotStatusApi | null>;

declare global {
  /** Set by `<script src=".../embed.js">`. */
  var PilotStatus: PilotStatusApi;
}
