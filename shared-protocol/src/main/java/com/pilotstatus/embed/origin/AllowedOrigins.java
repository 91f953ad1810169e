package com.pilotstatus.embed.origin;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A token's {@code allowedOrigins}: 1–20 exact origins, normalised and deduplicated (seed 000). Build one with
 * {@link #check}; an invalid list yields an error naming the first bad entry.
 */
public final class AllowedOrigins {

  public static final int MAX_ENTRIES = 20;

  private final List<Origin> origins;

  private AllowedOrigins(List<Origin> origins) {
    this.origins = Collections.unmodifiableList(origins);
  }

  /** The outcome of {@link #check}: the list, or an error message naming the bad entry. */
  public static final class Result {
    private final AllowedOrigins allowed;
    private final String error;

    private Result(AllowedOrigins allowed, String error) {
      this.allowed = allowed;
      this.error = error;
    }

    public boolean isValid() {
      return allowed != null;
    }

    public AllowedOrigins allowed() {
      return allowed;
    }

    /** E.g. {@code allowedOrigins[1] "https://a.com/app" must not contain a path; ...}; null when valid. */
    public String error() {
      return error;
    }
  }

  /** Validates and normalises {@code raw} under {@code policy}. Never throws. */
  public static Result check(List<String> raw, OriginPolicy policy) {
    if (raw == null || raw.isEmpty() || raw.size() > MAX_ENTRIES) {
      return new Result(null, "allowedOrigins must list 1 to " + MAX_ENTRIES + " origins");
    }
    List<Origin> origins = new ArrayList<>();
    for (int i = 0; i < raw.size(); i++) {
      String entry = raw.get(i);
      OriginCheck check = policy.parse(entry);
      if (!check.isValid()) {
        return new Result(null, "allowedOrigins[" + i + "] \"" + printable(entry) + "\" " + check.error().sentence());
      }
      if (!origins.contains(check.origin())) {
        origins.add(check.origin());
      }
    }
    return new Result(new AllowedOrigins(origins), null);
  }

  /** The serialised origins, e.g. for a JWT claim. */
  public List<String> serialized() {
    List<String> out = new ArrayList<>();
    for (Origin origin : origins) {
      out.add(origin.serialized());
    }
    return out;
  }

  /** Exact, normalised comparison. */
  public boolean allows(Origin origin) {
    return origin != null && origins.contains(origin);
  }

  private static String printable(String entry) {
    if (entry == null) {
      return "null";
    }
    String cut = entry.length() > 100 ? entry.substring(0, 100) + "..." : entry;
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < cut.length(); i++) {
      char c = cut.charAt(i);
      out.append(c < 0x20 || c == 0x7f ? '?' : c);
    }
    return out.toString();
  }
}
