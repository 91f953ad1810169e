package com.pilotstatus.embed.protocol;

/** What {@link Envelope#decode} made of untrusted input: a message, or the reason it was dropped. */
public final class Decoded {

  private final Message message;
  private final DropReason reason;
  private final String detail;

  private Decoded(Message message, DropReason reason, String detail) {
    this.message = message;
    this.reason = reason;
    this.detail = detail;
  }

  static Decoded accepted(Message message) {
    return new Decoded(message, null, null);
  }

  static Decoded dropped(DropReason reason, String detail) {
    return new Decoded(null, reason, detail);
  }

  public boolean isAccepted() {
    return message != null;
  }

  /** The message; {@code null} when dropped. */
  public Message message() {
    return message;
  }

  /** Why it was dropped; {@code null} when accepted. */
  public DropReason reason() {
    return reason;
  }

  /** A human-readable detail of the drop (which field, which rule); {@code null} when accepted. */
  public String detail() {
    return detail;
  }

  @Override
  public String toString() {
    return isAccepted() ? "accepted " + message.toJson() : "dropped " + reason.name() + ": " + detail;
  }
}
