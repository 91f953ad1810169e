package com.pilotstatus.embed.protocol;

/**
 * The chat-app routes the chat runtime calls, declared once for chat-app's {@code ChatRoutes} and the runtime. Paths
 * with an id are built as {@code CONVERSATIONS + "/" + id + …}.
 */
public final class ChatPaths {

  /** {@code POST}: checks the session and answers its timing ({@code expiresInMs}, {@code refreshInMs}). */
  public static final String SESSION = "/session";
  /** {@code POST}: a fresh token of the same scope ({@code token} and the timing). */
  public static final String SESSION_REFRESH = "/session/refresh";
  /** Everything that answers HTML fragments. */
  public static final String FRAGMENTS = "/fragments";
  /** {@code GET}: the whole inbox (list and thread pane). */
  public static final String INBOX = "/fragments/inbox";
  /** {@code GET}: list rows; {@code /{id}} a thread, {@code /{id}/messages} older ones or a reply, {@code /{id}/read}. */
  public static final String CONVERSATIONS = "/fragments/conversations";
  /** {@code /{id}/…}: older messages ({@code GET}) or a reply ({@code POST}). */
  public static final String MESSAGES = "/messages";
  /** The JSON body of a reply ({@code POST /{id}/messages}): its text. */
  public static final String REPLY_TEXT = "text";
  /** The JSON body of a reply: the id of the earlier message of the conversation it quotes (optional). */
  public static final String REPLY_TO = "replyTo";
  /**
   * {@code POST /{id}/media}: sends a file ({@code Idempotency-Key}; the body is the file's bytes, its type in
   * {@code Content-Type}, its name and the optional caption in {@link ChatHeaders#FILE_NAME} and
   * {@link ChatHeaders#CAPTION}); rules in {@link MediaRules}.
   */
  public static final String MEDIA = "/media";
  /** {@code GET /media/{mediaId}?exp=&sig=}: a file of a message, by the signed URL the thread rendered. */
  public static final String MEDIA_FILES = "/media";
  /**
   * {@code GET /media/{mediaId}/url} (bearer): {@code {"url": …}}, a freshly signed {@link #MEDIA_FILES} URL of a file
   * of the session's scope (404 otherwise), for a thread kept open past the lifetime of the URLs it was rendered with.
   */
  public static final String MEDIA_URL = "/url";
  /** The JSON member of {@link #MEDIA_URL}'s answer. */
  public static final String MEDIA_URL_VALUE = "url";
  /** {@code POST /{id}/read}: marks a conversation read. */
  public static final String READ = "/read";
  /** {@code GET /{id}/composer}: the reply area as the customer service window is now. */
  public static final String COMPOSER = "/composer";
  /**
   * {@code GET /{id}/templates}: the template picker; {@code GET /{id}/templates/{templateId}} its form;
   * {@code POST /{id}/templates/{templateId}} sends it ({@code Idempotency-Key}, {@code {"variables": […]}}).
   */
  public static final String TEMPLATES = "/templates";
  /**
   * {@code PUT /{id}/status} {@code {"status": "open"|"resolved"}}: resolves or reopens; also the list's filter
   * parameter ({@code ?status=}).
   */
  public static final String STATUS = "/status";
  /** The JSON member and query parameter of a conversation's status. */
  public static final String STATUS_VALUE = "status";
  /**
   * {@code GET}: the inbox as it first opens, with no search, number or status filter: the URL the chat runtime's
   * list asks for then, and the one chat-app's boot script asks for before the runtime runs (it hands the answer over).
   */
  public static final String FIRST_INBOX = INBOX + "?q=&number=&" + STATUS_VALUE + "=";
  /** {@code POST /{id}/notes} {@code {"text"}}: an internal note, never sent to the contact. */
  public static final String NOTES = "/notes";
  /** {@code PUT|DELETE /{id}/messages/{messageId}/reaction}: the agent's reaction ({@code {"emoji"}}) or none. */
  public static final String REACTION = "/reaction";
  /** The JSON member of a reaction. */
  public static final String EMOJI = "emoji";
  /**
   * {@code GET /{id}/quick-replies}: the tenant's quick replies as the composer's listbox, their variables filled from
   * that conversation's contact.
   */
  public static final String QUICK_REPLIES = "/quick-replies";
  /** {@code GET}: the server-sent event stream of live updates ({@link LiveEvents}). */
  public static final String LIVE = "/live";
  /** {@code GET}, no session: chat-app is up. The runtime asks it while the connection is down, to know it is back. */
  public static final String HEALTH = "/healthz";

  private ChatPaths() {
  }
}
