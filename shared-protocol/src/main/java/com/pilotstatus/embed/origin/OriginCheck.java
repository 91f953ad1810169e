package com.pilotstatus.embed.origin;

/** The outcome of parsing a string as an origin: the {@link Origin}, or the {@link OriginError}. */
public final class OriginCheck {

  private final Origin origin;
  private final OriginError error;

  private OriginCheck(Origin origin, OriginError error) {
    this.origin = origin;
    this.error = error;
  }

  static OriginCheck valid(Origin origin) {
    return new OriginCheck(origin, null);
  }

  static OriginCheck invalid(OriginError error) {
    return new OriginCheck(null, error);
  }

  public boolean isValid() {
    return origin != null;
  }

  /** The origin; {@code null} when invalid. */
  public Origin origin() {
    return origin;
  }

  /** The error; {@code null} when valid. */
  public OriginError error() {
    return error;
  }
}
