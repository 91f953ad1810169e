package com.pilotstatus.embed.protocol;

/**
 * The names of the callbacks a host passes in the SDK's options ({@code chat.mount}, {@code connect.open},
 * {@code connect.mount}): what the frame's messages turn into on the host page. Declared once for the SDK and for
 * the test that holds {@code index.d.ts} to them.
 */
public final class HostCallbacks {

  /** Both: the iframe is in the page and loading (called during {@code mount}/{@code open}). */
  public static final String ON_LOADER_START = "onLoaderStart";
  /**
   * Both, once: chat when the iframe checked the first token and it holds ({@code session-started}); connect when the
   * page rendered a token it accepted ({@code ready}).
   */
  public static final String ON_READY = "onReady";
  /**
   * Both: {@code {code, message}}, the iframe cannot load or hand-shake ({@code FRAME_BLOCKED},
   * {@code FRAME_UNREACHABLE}, {@code HANDSHAKE_TIMEOUT}); without it, {@code onError} gets it.
   */
  public static final String ON_LOAD_ERROR = "onLoadError";
  /** Chat: {@code chat:unread-count}. */
  public static final String ON_UNREAD_COUNT = "onUnreadCount";
  /** Chat: {@code chat:conversation-opened}. */
  public static final String ON_CONVERSATION_OPENED = "onConversationOpened";
  /** Chat: {@code session-expired}, when there is no {@code fetchToken}. */
  public static final String ON_SESSION_EXPIRED = "onSessionExpired";
  /** Both: {@code {code, message}}, an {@link EmbedErrorCode}. */
  public static final String ON_ERROR = "onError";
  /** Connect: {@code connect:paired}. */
  public static final String ON_PAIRED = "onPaired";
  /** Connect: {@code connect:expired}. */
  public static final String ON_EXPIRED = "onExpired";
  /** Connect ({@code open} only): the user closed the modal. */
  public static final String ON_CLOSE = "onClose";

  /** Every callback of chat's options. */
  public static final String[] CHAT = {ON_LOADER_START, ON_READY, ON_LOAD_ERROR, ON_UNREAD_COUNT, ON_CONVERSATION_OPENED,
      ON_SESSION_EXPIRED, ON_ERROR};
  /** Every callback of connect's options. */
  public static final String[] CONNECT = {ON_LOADER_START, ON_READY, ON_LOAD_ERROR, ON_PAIRED, ON_ERROR, ON_EXPIRED,
      ON_CLOSE};

  private HostCallbacks() {
  }
}
