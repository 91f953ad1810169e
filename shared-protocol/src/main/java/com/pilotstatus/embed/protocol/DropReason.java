package com.pilotstatus.embed.protocol;

/** Why a receiver dropped an incoming message. Dropping is silent: these reasons exist for tests and debugging. */
public enum DropReason {
  /** Not a single well-formed JSON document within the size and depth limits. */
  NOT_JSON,
  /** JSON, but not an object. */
  NOT_AN_OBJECT,
  /** {@code source} is not {@code "pilot-status-embed"}: someone else's message. */
  WRONG_SOURCE,
  /** {@code v} is not 1. */
  WRONG_VERSION,
  /** {@code type} is missing or not a message type of the protocol. */
  UNKNOWN_TYPE,
  /** A real type, but it does not travel in the direction this receiver listens to. */
  WRONG_DIRECTION,
  /** A real type, but of the other surface. */
  WRONG_SURFACE,
  /** {@code payload} is not an object, or a field breaks the type's rules. */
  BAD_PAYLOAD
}
