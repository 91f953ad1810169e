package com.pilotstatus.embed.protocol;

/** What {@link Envelope#decode} made of untrusted input: a message, or the reason it was dropped. */
public final class Decoded {

  private final Message message;
  private final String reason;
  private final Field field;

  private Decoded(Message message, String reason, Field field) {
    this.message = message;
    this.reason = reason;
    this.field = field;
  }

  static Decoded accepted(Message message) {
    return new Decoded(message, null, null);
  }

  static Decoded dropped(String reason) {
    return new Decoded(null, reason, null);
  }

  /** Dropped because a payload field broke its rule. */
  static Decoded badField(Field field) {
    return new Decoded(null, DropReason.BAD_PAYLOAD, field);
  }

  public boolean isAccepted() {
    return message != null;
  }

  /** The message; {@code null} when dropped. */
  public Message message() {
    return message;
  }

  /** Why it was dropped, one of {@link DropReason}'s codes; {@code null} when accepted. */
  public String reason() {
    return reason;
  }

  /**
   * The field rule the payload broke ({@link Field#describe()}), or {@code null}. Worked out only when asked, so the
   * browser bundles, which never ask, carry no number formatting.
   */
  public String detail() {
    return field == null ? null : field.describe();
  }

  @Override
  public String toString() {
    return isAccepted() ? "accepted " + message : "dropped " + reason + (field == null ? "" : ": " + detail());
  }
}
