package com.pilotstatus.embed.protocol;

/**
 * The names of the callbacks a host passes in the SDK's options ({@code chat.mount}, {@code connect.open},
 * {@code connect.mount}): what the frame's messages turn into on the host page. Declared once for the SDK and for
 * the test that holds {@code index.d.ts} to them.
 */
public final class HostCallbacks {

  /** Chat: the iframe checked the first token and it holds ({@code session-started}). */
  public static final String ON_READY = "onReady";
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
  public static final String[] CHAT = {ON_READY, ON_UNREAD_COUNT, ON_CONVERSATION_OPENED, ON_SESSION_EXPIRED, ON_ERROR};
  /** Every callback of connect's options. */
  public static final String[] CONNECT = {ON_PAIRED, ON_ERROR, ON_EXPIRED, ON_CLOSE};

  private HostCallbacks() {
  }
}
