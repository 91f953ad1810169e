package com.pilotstatus.embed.protocol;

/**
 * Why a receiver dropped an incoming message. Dropping is silent: these codes exist for tests and debugging. Plain
 * string constants rather than an enum, because every enum costs its names, {@code values()} and {@code Enum}
 * itself in {@code embed.js}.
 */
public final class DropReason {

  /** Not a single well-formed JSON document within the size and depth limits (JSON text, JVM only). */
  public static final String NOT_JSON = "NOT_JSON";
  /** Not an object (a plain object in the browser; JSON text that is not an object on the JVM). */
  public static final String NOT_AN_OBJECT = "NOT_AN_OBJECT";
  /** {@code source} is not {@code "pilot-status-embed"}: someone else's message. */
  public static final String WRONG_SOURCE = "WRONG_SOURCE";
  /** {@code v} is not 1. */
  public static final String WRONG_VERSION = "WRONG_VERSION";
  /** {@code type} is missing or not a message type of the protocol. */
  public static final String UNKNOWN_TYPE = "UNKNOWN_TYPE";
  /** A real type, but it does not travel in the direction this receiver listens to. */
  public static final String WRONG_DIRECTION = "WRONG_DIRECTION";
  /** A real type, but of the other surface. */
  public static final String WRONG_SURFACE = "WRONG_SURFACE";
  /** {@code payload} is not an object, or a field breaks the type's rules. */
  public static final String BAD_PAYLOAD = "BAD_PAYLOAD";

  private DropReason() {
  }
}
