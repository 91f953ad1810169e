package com.pilotstatus.embed.protocol;

/** The event names of chat-app's live stream ({@link ChatPaths#LIVE}), declared once for the server and the runtime. */
public final class LiveEvents {

  /** The stream is open (the runtime resets its reconnect backoff). */
  public static final String OPEN = "open";
  /** A message was created or changed: {@code conversationId}, {@code messageId}, {@code html}, … */
  public static final String MESSAGE = "message";
  /** A conversation row changed: {@code conversationId}, {@code html}. */
  public static final String CONVERSATION = "conversation";
  /** The unread total changed: {@code count}. */
  public static final String UNREAD = "unread";
  /** A keep-alive that carries the stream position (the runtime only keeps its id). */
  public static final String POSITION = "position";
  /** The server cannot replay what the browser missed: reload the inbox. */
  public static final String RESET = "reset";

  private LiveEvents() {
  }
}
