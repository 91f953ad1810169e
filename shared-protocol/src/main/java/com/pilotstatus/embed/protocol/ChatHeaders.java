package com.pilotstatus.embed.protocol;

/**
 * The HTTP headers between the chat runtime and chat-app (same origin), declared once for both sides. The token
 * travels only in {@code Authorization: Bearer}.
 */
public final class ChatHeaders {

  /** Request: the iframe's parent origin, which the token must allow. */
  public static final String PARENT_ORIGIN = "X-PS-Parent-Origin";
  /** Request: the locale the host asked for ({@code init} / {@code set-locale}). */
  public static final String LOCALE = "X-PS-Locale";
  /** Request: the browser's IANA time zone, for the dates the server renders. */
  public static final String TIME_ZONE = "X-PS-Time-Zone";
  /** Request: the key that makes a reply's retry safe. */
  public static final String IDEMPOTENCY_KEY = "Idempotency-Key";
  /** Request (a media send): the file's name, percent-encoded ({@code encodeURIComponent}). */
  public static final String FILE_NAME = "X-PS-File-Name";
  /** Request (a media send): the optional caption, percent-encoded. */
  public static final String CAPTION = "X-PS-Caption";
  /** Request: where a live stream resumes. */
  public static final String LAST_EVENT_ID = "Last-Event-ID";
  /** Response: the state a failed response renders ({@link #STATE_EXPIRED}, {@link #STATE_ERROR}). */
  public static final String STATE = "X-PS-State";
  /** Response: the total unread count, on responses that change it. */
  public static final String UNREAD_COUNT = "X-PS-Unread-Count";

  /** {@link #STATE}: the session expired; the body is the expired state. */
  public static final String STATE_EXPIRED = "expired";
  /** {@link #STATE}: the body is an error state carrying {@code data-error-code} (an {@link EmbedErrorCode}). */
  public static final String STATE_ERROR = "error";
  /** {@link #STATE}: a free-form reply was refused (24-hour window closed); the body is the closed reply area. */
  public static final String STATE_WINDOW_CLOSED = "window-closed";
  /** {@link #STATE}: a file was refused (type or size); the body is the error shape, its message for the agent. */
  public static final String STATE_MEDIA_REFUSED = "media-refused";
  /** {@link #STATE}: the template's values were refused; the body is the form again, with the errors. */
  public static final String STATE_INVALID = "invalid";

  private ChatHeaders() {
  }
}
